#pragma once

#include "analysis/failure_impact.h"
#include "designscene.h"

#include <QObject>
#include <QString>
#include <memory>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QWidget;

namespace cs {

class DesignDocument;
class DocumentAnalysis;
struct PlanAnalysis;

// The canvas marks of a what-if: the failed devices, the GPU servers it cuts off from compute or leaves with
// part of their compute links, those losing storage, and the cables that are down.
FailureMarks failureMarks(const Design& design, const FailureSet& failures, const FailureImpact& impact);

// The what-if in one sentence, for the banner over the canvas: "What-if, not saved: 1 switch failed — 32
// servers at 7/8 compute bandwidth, 0 GPUs cut off, step time +1.4 %", the last part from `plan`, the
// scenario's analysis on the degraded fabric (or "the plan cannot run").
QString whatIfSentence(const Design& design, const FailureSet& failures, const FailureImpact& impact,
                       const PlanAnalysis* plan = nullptr);
// The same for the status bar, in short: "What-if: 12.5 % compute bandwidth lost, 0 GPUs cut off".
QString whatIfStatus(const FailureImpact& impact);
// What the what-if does to one device (the inspector): failed, cut off, the compute links and bandwidth it
// keeps, its storage; "Not affected" otherwise.
QString whatIfDeviceText(const FailureSet& failures, const FailureImpact& impact, DeviceId device);

// The What-if menu and overlay: Fail and Restore the selection (devices, cables, racks: every device in the
// rack), Fail a plane of a multi-plane fabric, Restore All. Each is a step on the document's undo stack that
// changes its failure set, never the design. A view of the document's analysis (failureImpact): it marks the
// canvas, shows the banner over it and the short form in the status bar while a what-if is active.
class WhatIfOverlay final : public QObject {
    Q_OBJECT

public:
    // `window` parents the actions (their shortcuts work in it) and the plane menu.
    WhatIfOverlay(DesignDocument* document, DocumentAnalysis* analysis, QWidget* window);

    QAction* failAction() const { return fail_; }
    QAction* restoreAction() const { return restore_; }
    QAction* restoreAllAction() const { return restore_all_; }
    // "Fail Plane" with one entry per plane of the design (filled when it opens); disabled without planes.
    QMenu* planMenu() const { return plane_menu_; }
    // Adds the actions above to a menu (the menu bar's What-if menu, the canvas's context menu).
    void addActionsTo(QMenu* menu) const;

    // The banner over the canvas (hidden without a what-if) and the status bar's label.
    QFrame* banner() const { return banner_; }
    QLabel* bannerText() const { return banner_text_; }
    QLabel* statusLabel() const { return status_; }

    // The window's scene (a new one after each open); the marks are shown on it.
    void setScene(DesignScene* scene);
    // What the canvas shows; null without a what-if.
    const FailureMarks* marks() const { return marks_.get(); }

private:
    void fillPlaneMenu();
    void updateActions();
    void refresh();

    DesignDocument* document_;
    DocumentAnalysis* analysis_;
    DesignScene* scene_ = nullptr;
    QAction* fail_;
    QAction* restore_;
    QAction* restore_all_;
    QMenu* plane_menu_;
    QFrame* banner_;
    QLabel* banner_text_;
    QPushButton* banner_restore_;
    QLabel* status_;
    std::shared_ptr<const FailureMarks> marks_;
};

} // namespace cs
