#include "whatifoverlay.h"

#include "commands/changefailures.h"
#include "deviceitem.h"
#include "document.h"
#include "documentanalysis.h"
#include "networkstyle.h"
#include "statuscolors.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <algorithm>
#include <map>
#include <set>

namespace cs {

namespace {

const NetworkLoss* computeLoss(const FailureImpact& impact) {
    const auto it = std::ranges::find(impact.networks, Network::Compute, &NetworkLoss::network);
    return it == impact.networks.end() ? nullptr : &*it;
}

const ServerImpact* serverImpact(const FailureImpact& impact, DeviceId server) {
    const auto it = std::ranges::lower_bound(impact.servers, server, {}, &ServerImpact::server);
    return it != impact.servers.end() && it->server == server ? &*it : nullptr;
}

bool contains(const std::vector<DeviceId>& sorted, DeviceId id) {
    return std::binary_search(sorted.begin(), sorted.end(), id);
}

QString percent(double fraction) {
    return QLocale().toString(fraction * 100, 'f', 1) + QStringLiteral(" %");
}

// "1 switch, 2 cables": what failed, by kind.
QString failedItems(const Design& design, const FailureSet& failures) {
    std::map<DeviceCategory, int> counts;
    for (DeviceId id : failures.devices) {
        if (const Device* device = design.devices().find(id))
            ++counts[design.typeOf(*device).category];
    }
    QStringList parts;
    for (const auto& [category, n] : counts) {
        switch (category) {
        case DeviceCategory::Switch:
            parts << WhatIfOverlay::tr("%n switch(es)", nullptr, n);
            break;
        case DeviceCategory::GpuServer:
            parts << WhatIfOverlay::tr("%n GPU server(s)", nullptr, n);
            break;
        case DeviceCategory::CpuServer:
            parts << WhatIfOverlay::tr("%n CPU server(s)", nullptr, n);
            break;
        case DeviceCategory::Storage:
            parts << WhatIfOverlay::tr("%n storage node(s)", nullptr, n);
            break;
        }
    }
    if (!failures.links.empty())
        parts << WhatIfOverlay::tr("%n cable(s)", nullptr, static_cast<int>(failures.links.size()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

FailureMarks failureMarks(const Design& design, const FailureSet& failures, const FailureImpact& impact) {
    FailureMarks marks;
    const NetworkLoss* compute = computeLoss(impact);
    for (const ServerImpact& server : impact.servers) {
        FailureMark mark;
        mark.loses_storage = server.loses_storage;
        mark.compute_links = server.compute_links;
        mark.compute_links_left = server.compute_links - server.compute_links_lost;
        if (server.compute_links_lost > 0)
            mark.state =
                mark.compute_links_left == 0 ? FailureMark::State::CutOff : FailureMark::State::Degraded;
        marks.devices[server.server] = mark;
    }
    if (compute) { // a server whose compute switches are all gone has no links lost to count, and is cut off
        for (DeviceId id : compute->servers_cut_off)
            marks.devices[id].state = FailureMark::State::CutOff;
    }
    std::set<LinkId> down(failures.links.begin(), failures.links.end());
    for (DeviceId id : failures.devices) {
        marks.devices[id] = {FailureMark::State::Failed};
        for (LinkId link : design.linksOf(id))
            down.insert(link);
    }
    marks.links_down.assign(down.begin(), down.end());
    return marks;
}

QString whatIfSentence(const Design& design, const FailureSet& failures, const FailureImpact& impact,
                       const PlanAnalysis* plan) {
    // Servers that keep part of their compute links, by what they keep ("7/8").
    std::map<std::pair<int, int>, int> degraded;
    for (const ServerImpact& server : impact.servers) {
        const int left = server.compute_links - server.compute_links_lost;
        if (server.compute_links_lost > 0 && left > 0 && !contains(failures.devices, server.server))
            ++degraded[{left, server.compute_links}];
    }
    QStringList consequences;
    if (degraded.size() == 1) {
        const auto& [share, servers] = *degraded.begin();
        consequences << WhatIfOverlay::tr("%n server(s) at %1 compute bandwidth", nullptr, servers)
                            .arg(QStringLiteral("%1/%2").arg(share.first).arg(share.second));
    } else if (!degraded.empty()) {
        int servers = 0;
        for (const auto& entry : degraded)
            servers += entry.second;
        consequences << WhatIfOverlay::tr("%n server(s) with part of their compute bandwidth", nullptr,
                                          servers);
    }
    consequences << WhatIfOverlay::tr("%n GPU(s) cut off", nullptr, impact.gpusCutOff(Network::Compute));
    if (!impact.servers_losing_storage.empty())
        consequences << WhatIfOverlay::tr("%n server(s) lose storage", nullptr,
                                          static_cast<int>(impact.servers_losing_storage.size()));
    // What it does to the scenario's plan, from the same analysis as the docks.
    if (plan && plan->stoppedByFailures())
        consequences << WhatIfOverlay::tr("the plan cannot run");
    else if (const std::optional<double> increase = plan ? plan->stepTimeIncrease() : std::nullopt)
        consequences << WhatIfOverlay::tr("step time +%1").arg(percent(*increase));
    return WhatIfOverlay::tr("What-if, not saved: %1 failed — %2")
        .arg(failedItems(design, failures), consequences.join(QStringLiteral(", ")));
}

QString whatIfStatus(const FailureImpact& impact) {
    return WhatIfOverlay::tr("What-if: %1 compute bandwidth lost, %n GPU(s) cut off", nullptr,
                             impact.gpusCutOff(Network::Compute))
        .arg(percent(impact.compute_bandwidth_lost_fraction));
}

QString whatIfDeviceText(const FailureSet& failures, const FailureImpact& impact, DeviceId device) {
    if (contains(failures.devices, device))
        return WhatIfOverlay::tr("Failed");
    QStringList lines;
    const NetworkLoss* compute = computeLoss(impact);
    const ServerImpact* server = serverImpact(impact, device);
    if (compute && std::ranges::find(compute->servers_cut_off, device) != compute->servers_cut_off.end()) {
        lines << WhatIfOverlay::tr("Cut off from the compute network");
    } else if (server && server->compute_links_lost > 0) {
        lines << WhatIfOverlay::tr("%1 of %2 compute links left: %3 of its compute bandwidth")
                     .arg(server->compute_links - server->compute_links_lost)
                     .arg(server->compute_links)
                     .arg(percent(server->compute_bandwidth_fraction));
    }
    for (const NetworkLoss& loss : impact.networks) {
        if (loss.network != Network::Compute &&
            std::ranges::find(loss.servers_cut_off, device) != loss.servers_cut_off.end())
            lines << WhatIfOverlay::tr("Cut off from the %1 network").arg(networkDisplayName(loss.network));
    }
    if (server && server->loses_storage)
        lines << WhatIfOverlay::tr("Loses its storage");
    return lines.isEmpty() ? WhatIfOverlay::tr("Not affected") : lines.join(u'\n');
}

WhatIfOverlay::WhatIfOverlay(DesignDocument* document, DocumentAnalysis* analysis, QWidget* window)
    : QObject(window)
    , document_(document)
    , analysis_(analysis)
    , fail_(new QAction(tr("&Fail Selection"), window))
    , restore_(new QAction(tr("&Restore Selection"), window))
    , restore_all_(new QAction(tr("Restore &All"), window))
    , plane_menu_(new QMenu(tr("Fail &Plane"), window))
    , banner_(new QFrame)
    , banner_text_(new QLabel)
    , banner_restore_(new QPushButton(tr("Restore All")))
    , status_(new QLabel) {
    // F for Fail, as S selects; Shift undoes it on the selection, Ctrl+Shift everywhere.
    fail_->setObjectName(QStringLiteral("failAction"));
    fail_->setShortcut(QKeySequence(Qt::Key_F));
    fail_->setToolTip(tr("What if the selected devices, cables or racks fail? The design does not change."));
    restore_->setObjectName(QStringLiteral("restoreAction"));
    restore_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    restore_all_->setObjectName(QStringLiteral("restoreAllAction"));
    restore_all_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    plane_menu_->setObjectName(QStringLiteral("failPlaneMenu"));
    for (QAction* action : {fail_, restore_, restore_all_})
        window->addAction(action);
    connect(fail_, &QAction::triggered, this, [this] {
        ChangeFailures::execute(
            document_, failItems(document_, failureItems(document_->design(), document_->selection())));
    });
    connect(restore_, &QAction::triggered, this, [this] {
        ChangeFailures::execute(
            document_, restoreItems(document_, failureItems(document_->design(), document_->selection())));
    });
    connect(restore_all_, &QAction::triggered, this,
            [this] { ChangeFailures::execute(document_, restoreAll(document_)); });
    connect(banner_restore_, &QPushButton::clicked, restore_all_, &QAction::trigger);
    connect(plane_menu_, &QMenu::aboutToShow, this, &WhatIfOverlay::fillPlaneMenu);

    banner_->setObjectName(QStringLiteral("whatIfBanner"));
    banner_->setAutoFillBackground(true);
    banner_->setStyleSheet(
        QStringLiteral("#whatIfBanner { background: #FEF2F2; border-bottom: 2px solid %1; }")
            .arg(kFailColor.name()));
    banner_text_->setObjectName(QStringLiteral("whatIfBannerText"));
    banner_text_->setWordWrap(true); // a 1366-pixel window wraps it instead of widening the window
    banner_text_->setStyleSheet(textColorStyle(kFailColor, true));
    auto* layout = new QHBoxLayout(banner_);
    layout->addWidget(banner_text_, 1);
    layout->addWidget(banner_restore_);
    banner_->hide();
    status_->setObjectName(QStringLiteral("whatIfStatus"));
    status_->setStyleSheet(textColorStyle(kFailColor, true));
    status_->hide();

    connect(document_, &DesignDocument::selectionChanged, this, &WhatIfOverlay::updateActions);
    connect(document_, &DesignDocument::failuresChanged, this, &WhatIfOverlay::updateActions);
    connect(analysis_, &DocumentAnalysis::changed, this, [this](DocumentAnalysis::Parts parts) {
        if (parts & DocumentAnalysis::FailuresPart)
            refresh();
    });
    updateActions();
}

void WhatIfOverlay::addActionsTo(QMenu* menu) const {
    menu->addAction(fail_);
    menu->addAction(restore_);
    menu->addMenu(plane_menu_);
    menu->addSeparator();
    menu->addAction(restore_all_);
}

void WhatIfOverlay::setScene(DesignScene* scene) {
    scene_ = scene;
    if (scene_)
        scene_->showFailures(marks_);
}

void WhatIfOverlay::fillPlaneMenu() {
    plane_menu_->clear();
    std::set<int> planes;
    for (const Device& device : document_->design().devices().items()) {
        if (device.plane > 0)
            planes.insert(device.plane);
    }
    for (int plane : planes)
        plane_menu_->addAction(tr("Plane %1").arg(plane), this, [this, plane] {
            ChangeFailures::execute(document_, failPlane(document_, plane));
        });
}

void WhatIfOverlay::updateActions() {
    const Selection& selection = document_->selection();
    const FailureSet& failures = document_->failures();
    const bool anyFailure = !failures.devices.empty() || !failures.links.empty();
    fail_->setEnabled(!selection.empty());
    restore_->setEnabled(!selection.empty() && anyFailure);
    restore_all_->setEnabled(!document_->allFailures().devices.empty() ||
                             !document_->allFailures().links.empty());
    plane_menu_->setEnabled(std::ranges::any_of(document_->design().devices().items(),
                                                [](const Device& device) { return device.plane > 0; }));
}

void WhatIfOverlay::refresh() {
    const FailureImpact* impact = analysis_->failureImpact();
    const Design& design = document_->design();
    if (impact) {
        const FailureSet& failures = analysis_->analysedFailures();
        marks_ = std::make_shared<const FailureMarks>(failureMarks(design, failures, *impact));
        banner_text_->setText(whatIfSentence(design, failures, *impact, analysis_->analysis()));
        status_->setText(whatIfStatus(*impact));
    } else {
        marks_.reset();
    }
    banner_->setVisible(impact != nullptr);
    status_->setVisible(impact != nullptr);
    updateActions(); // a new design has other planes
    if (scene_)
        scene_->showFailures(marks_);
}

} // namespace cs
