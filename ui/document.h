#pragma once

#include "analysis/failure_impact.h"
#include "model/catalog.h"
#include "model/design.h"
#include "rules/validator.h"

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <span>
#include <vector>

namespace cs {

// What changed in the design, for the scene, the docks and the status bar to follow without rebuilding.
struct ChangeEvent {
    enum class Kind { Reset, Edited };
    Kind kind = Kind::Edited;
    std::vector<DeviceId> added_devices;
    std::vector<DeviceId> removed_devices;
    std::vector<DeviceId> changed_devices;
    bool links = false; // a cable was added, removed or changed
    bool racks = false;
    bool name = false;
    // Devices moved on the canvas and nothing else: no finding, estimate or budget depends on it.
    bool moved_only = false;
    ChangeSet changes; // what the validator must look at again
};

// The devices, cables and racks the user has selected.
struct Selection {
    std::vector<DeviceId> devices;
    std::vector<LinkId> links;
    std::vector<RackId> racks{}; // {} : {devices, links} stays a complete initializer
    bool empty() const { return devices.empty() && links.empty() && racks.empty(); }
    bool operator==(const Selection&) const = default;
};

// One open design, as Tiled's MapDocument: it owns the model, the selection, the undo stack and the file it
// came from, and announces every change through changed(). Only undo commands edit the design (apply()).
// Beside the design it keeps a what-if failure set, which is never saved: the failure commands on the same
// undo stack change it (setFailures()) without touching the design, so they do not make it modified.
class DesignDocument final : public QObject {
    Q_OBJECT

public:
    DesignDocument(const Catalog& library, QObject* parent = nullptr);

    const Design& design() const { return design_; }
    const Catalog& library() const { return library_; }
    QUndoStack* undoStack() { return &undo_stack_; }

    // Applies all of `operations` or none (an InputError leaves the design as it was); returns the inverses.
    std::vector<Operation> apply(const std::vector<Operation>& operations);
    // Replaces the design (New, Open): a new undo history, no selection.
    void reset(Design design, const QString& path);

    const Selection& selection() const { return selection_; }
    void setSelection(Selection selection);
    bool isSelected(DeviceId device) const;

    // The devices and cables failed in the what-if that exist in the design: a deleted one leaves the set,
    // and comes back failed when its deletion is undone. Empty for a new or opened design.
    const FailureSet& failures() const { return failures_; }
    // Sets the what-if failures (the failure commands do, as OperationCommand applies operations).
    void setFailures(FailureSet failures);
    // Every failed id, also those of devices and cables deleted since (what the failure commands change).
    const FailureSet& allFailures() const { return all_failures_; }

    QString path() const { return path_; }
    // The design differs from its file: a design edit lies between the undo stack's saved state and now (a
    // what-if failure does not count).
    bool isModified() const { return modified_; }
    // Marks a design that differs from its file (recovered from an autosave) as unsaved.
    void markModified() { undo_stack_.resetClean(); }
    // Writes the design to `path` (.csd or .json), which becomes the document's file and its saved state.
    // On failure returns false with the reason in `error` and changes nothing.
    bool save(const QString& path, QString* error);
    // Writes a copy (Export, autosave): the document's file and saved state stay as they are.
    bool writeCopy(const QString& path, QString* error) const;

    // Adopts a library device type (and its GPUs) into the design's catalog, so that it can be placed.
    void adoptType(const std::string& typeId) { design_.adoptType(library_, typeId); }
    // Adopts the library cables that the links of `operations` name (adoptCablesOf), before they apply.
    void adoptCables(std::span<const Operation> operations);

signals:
    void changed(const cs::ChangeEvent& event);
    void selectionChanged();
    void pathChanged(const QString& path);
    void modifiedChanged(bool modified);
    void failuresChanged();

private:
    void updateModified();
    // The failed ids that exist in the design; emits failuresChanged() when they change.
    void updateFailures();

    const Catalog& library_;
    Design design_;
    Selection selection_;
    QString path_;
    QUndoStack undo_stack_;
    FailureSet all_failures_; // by id, sorted
    FailureSet failures_;     // of them, those in the design
    bool modified_ = false;
};

} // namespace cs
