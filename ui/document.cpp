#include "document.h"

#include "base/input_error.h"
#include "commands/changefailures.h"
#include "io/design_file.h"
#include "topology/cable_fit.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <iterator>
#include <span>
#include <type_traits>
#include <unordered_set>

namespace cs {

namespace {

// Sorts one applied operation into the event; its inverse tells what an Update replaced.
void describe(const Operation& operation, ChangeEvent& event) {
    std::visit(
        [&event](const auto& op) {
            using Op = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<Op, Add<Device>>) {
                event.added_devices.push_back(op.item.id);
            } else if constexpr (std::is_same_v<Op, Remove<Device>>) {
                event.removed_devices.push_back(op.id);
            } else if constexpr (std::is_same_v<Op, Update<Device>>) {
                event.changed_devices.push_back(op.item.id);
                event.racks = true; // a device's place decides its rack frame
            } else if constexpr (std::is_same_v<Op, Add<Link>> || std::is_same_v<Op, Remove<Link>> ||
                                 std::is_same_v<Op, Update<Link>>) {
                event.links = true;
            } else if constexpr (std::is_same_v<Op, Add<Rack>> || std::is_same_v<Op, Remove<Rack>> ||
                                 std::is_same_v<Op, Update<Rack>>) {
                event.racks = true;
            } else if constexpr (std::is_same_v<Op, Rename>) {
                event.name = true;
            }
        },
        operation.value);
}

// Whether the operations only move devices on the canvas; `inverses` as Design::applyAll returns them (last
// operation's first).
bool onlyMoves(std::span<const Operation> operations, std::span<const Operation> inverses) {
    for (std::size_t i = 0; i < operations.size(); ++i) {
        const auto* update = std::get_if<Update<Device>>(&operations[i].value);
        const auto* before = std::get_if<Update<Device>>(&inverses[inverses.size() - 1 - i].value);
        if (!update || !before)
            return false;
        Device moved = before->item;
        moved.x = update->item.x;
        moved.y = update->item.y;
        if (!(moved == update->item))
            return false;
    }
    return !operations.empty();
}

} // namespace

DesignDocument::DesignDocument(const Catalog& library, QObject* parent)
    : QObject(parent)
    , library_(library) {
    connect(&undo_stack_, &QUndoStack::indexChanged, this, &DesignDocument::updateModified);
    connect(&undo_stack_, &QUndoStack::cleanChanged, this, &DesignDocument::updateModified);
}

void DesignDocument::updateModified() {
    // Only design edits between the saved state and now count; -1: the saved state is gone (markModified).
    bool modified = undo_stack_.cleanIndex() < 0;
    const int from = std::min(undo_stack_.cleanIndex(), undo_stack_.index());
    const int to = std::max(undo_stack_.cleanIndex(), undo_stack_.index());
    for (int i = std::max(from, 0); i < to && !modified; ++i)
        modified = !dynamic_cast<const ChangeFailures*>(undo_stack_.command(i));
    if (modified == modified_)
        return;
    modified_ = modified;
    emit modifiedChanged(modified_);
}

void DesignDocument::setFailures(FailureSet failures) {
    for (auto* ids : {&failures.devices, &failures.links}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    all_failures_ = std::move(failures);
    updateFailures();
}

void DesignDocument::updateFailures() {
    FailureSet present;
    std::ranges::copy_if(all_failures_.devices, std::back_inserter(present.devices),
                         [this](DeviceId id) { return design_.devices().contains(id); });
    std::ranges::copy_if(all_failures_.links, std::back_inserter(present.links),
                         [this](LinkId id) { return design_.links().contains(id); });
    if (present.devices == failures_.devices && present.links == failures_.links)
        return;
    failures_ = std::move(present);
    emit failuresChanged();
}

void DesignDocument::adoptCables(std::span<const Operation> operations) {
    adoptCablesOf(design_, library_, operations);
}

std::vector<Operation> DesignDocument::apply(const std::vector<Operation>& operations) {
    std::vector<Operation> inverses = design_.applyAll(operations);
    ChangeEvent event;
    for (const Operation& operation : operations)
        describe(operation, event);
    event.changes = changesOf(operations, inverses);
    event.moved_only = onlyMoves(operations, inverses);
    // A removed device, cable or rack can no longer be selected.
    if (!event.removed_devices.empty() || event.links || event.racks) {
        Selection kept;
        for (DeviceId id : selection_.devices) {
            if (design_.devices().contains(id))
                kept.devices.push_back(id);
        }
        for (LinkId id : selection_.links) {
            if (design_.links().contains(id))
                kept.links.push_back(id);
        }
        for (RackId id : selection_.racks) {
            if (design_.racks().contains(id))
                kept.racks.push_back(id);
        }
        if (kept != selection_) {
            selection_ = std::move(kept);
            emit selectionChanged();
        }
    }
    emit changed(event);
    if (!event.added_devices.empty() || !event.removed_devices.empty() || event.links)
        updateFailures(); // a failed device or cable deleted, or back by an undo
    return inverses;
}

void DesignDocument::reset(Design design, const QString& path) {
    design_ = std::move(design);
    undo_stack_.clear();
    selection_ = {};
    all_failures_ = {};
    failures_ = {};
    if (path_ != path) {
        path_ = path;
        emit pathChanged(path_);
    }
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::Reset;
    emit changed(event);
    emit selectionChanged();
    emit failuresChanged();
}

void DesignDocument::setSelection(Selection selection) {
    std::sort(selection.devices.begin(), selection.devices.end());
    selection.devices.erase(std::unique(selection.devices.begin(), selection.devices.end()),
                            selection.devices.end());
    if (selection == selection_)
        return;
    selection_ = std::move(selection);
    emit selectionChanged();
}

bool DesignDocument::isSelected(DeviceId device) const {
    return std::binary_search(selection_.devices.begin(), selection_.devices.end(), device);
}

bool DesignDocument::save(const QString& path, QString* error) {
    if (!writeCopy(path, error))
        return false;
    undo_stack_.setClean();
    if (path_ != path) {
        path_ = path;
        emit pathChanged(path_);
    }
    return true;
}

bool DesignDocument::writeCopy(const QString& path, QString* error) const {
    try {
        writeDesign(design_, QFile::encodeName(path).toStdString());
        return true;
    } catch (const std::exception& e) { // InputError, or a filesystem error from the atomic write
        if (error) {
            *error = QString::fromStdString(e.what());
            if (!error->contains(QFileInfo(path).fileName()))
                *error = path + QStringLiteral(": ") + *error;
        }
        return false;
    }
}

} // namespace cs
