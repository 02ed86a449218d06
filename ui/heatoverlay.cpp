#include "heatoverlay.h"

#include "analysis/link_heat.h"
#include "designscene.h"
#include "document.h"
#include "documentanalysis.h"
#include "heatlegend.h"
#include "legendwidget.h"
#include "networkstyle.h"

#include <QAction>
#include <QLocale>
#include <QSettings>
#include <cmath>
#include <limits>

namespace cs {

namespace {

const QString kSettingsKey = QStringLiteral("view/heatOverlay");

QString number(double value) {
    const QLocale locale;
    if (value != 0 && (std::abs(value) >= 1e6 || std::abs(value) < 1e-2))
        return locale.toString(value, 'g', 4);
    return locale.toString(value, 'f', std::abs(value) >= 100 ? 0 : 1);
}

QString quantity(double value, const std::string& unit) {
    return unit.empty() ? number(value) : number(value) + u'\u00A0' + QString::fromStdString(unit);
}

// "Peak load 12.3 Gbit/s of 400 Gbit/s (3.1 %)", then core's formula, inputs (the average among them) and
// source.
QString explainedText(const Explained& load, double capacityGbps, double utilisation) {
    QString text =
        HeatOverlay::tr("Peak load %1 of %2 (%3 % of capacity), per direction, during the phase that uses it")
            .arg(quantity(load.value, load.unit), quantity(capacityGbps, "Gbit/s"),
                 number(utilisation * 100));
    text = text.toHtmlEscaped() + QStringLiteral("<br><i>") +
           QString::fromStdString(load.formula).toHtmlEscaped() + QStringLiteral("</i>");
    for (const ExplainedInput& input : load.inputs)
        text += QStringLiteral("<br>&nbsp;&nbsp;") + QString::fromStdString(input.name).toHtmlEscaped() +
                QStringLiteral(" = ") + quantity(input.value, input.unit).toHtmlEscaped();
    text += QStringLiteral("<br>") +
            HeatOverlay::tr("Source: %1").arg(QString::fromStdString(load.source)).toHtmlEscaped();
    return text;
}

QString deviceName(const Design& design, DeviceId id) {
    const Device* device = design.devices().find(id);
    return device ? QString::fromStdString(device->name) : QString::number(id);
}

} // namespace

double HeatLoads::linkLoad(LinkId id) const {
    return id < link_load.size() ? link_load[id] : std::numeric_limits<double>::quiet_NaN();
}

const SwitchLoad* HeatLoads::switchLoad(DeviceId id) const {
    return id < switch_load.size() && switch_load[id].device == id && id != 0 ? &switch_load[id] : nullptr;
}

int HeatLoads::band(double load, Network network) const {
    return heatBand(load, network_status[networkIndex(network)]);
}

HeatLoads heatLoads(const Design& design, const PlanAnalysis& analysis) {
    const LinkLoads& loads = *analysis.link_loads;
    HeatLoads heat;
    heat.valid = true;
    heat.estimate = *analysis.training;
    for (Network network : kNetworks)
        heat.network_status[networkIndex(network)] = networkBudgetStatus(analysis.budget, network);
    heat.link_load.assign(design.links().nextId(), std::numeric_limits<double>::quiet_NaN());
    heat.link_average_load.assign(design.links().nextId(), std::numeric_limits<double>::quiet_NaN());
    for (const LinkLoad& load : loads.links) {
        heat.link_load[load.link] = load.load;
        heat.link_average_load[load.link] = load.average_load;
        if (load.load > heat.busiest_load || heat.busiest_link == 0) {
            heat.busiest_load = load.load;
            heat.busiest_average_load = load.average_load;
            heat.busiest_link = load.link;
        }
    }
    heat.switch_load.assign(design.devices().nextId(), SwitchLoad{});
    for (const SwitchLoad& load : loads.switches)
        heat.switch_load[load.device] = load;
    return heat;
}

HeatLoads noHeat(const QString& reason) {
    HeatLoads heat;
    heat.reason = reason;
    return heat;
}

QString linkHeatToolTip(const Design& design, const HeatLoads& heat, const Link& link) {
    const QString title = QStringLiteral("<b>%1</b> · %2 ↔ %3")
                              .arg(networkDisplayName(link.network).toHtmlEscaped(),
                                   deviceName(design, link.a.device).toHtmlEscaped(),
                                   deviceName(design, link.b.device).toHtmlEscaped());
    const double load = heat.linkLoad(link.id);
    if (!heat.valid || std::isnan(load))
        return title + QStringLiteral("<br>") +
               HeatOverlay::tr("No load: %1")
                   .arg(heat.valid ? HeatOverlay::tr("the cable is newer than the estimate") : heat.reason)
                   .toHtmlEscaped();
    const LinkLoad link_load{link.id, load, heat.link_average_load[link.id]};
    return title + QStringLiteral("<br>") +
           explainedText(explainLinkLoad(design, heat.estimate, link, link_load), link.gbps, load);
}

QString switchHeatToolTip(const Design& design, const HeatLoads& heat, const Device& device) {
    const QString title = QStringLiteral("<b>%1</b> · %2")
                              .arg(QString::fromStdString(device.name).toHtmlEscaped(),
                                   QString::fromStdString(design.typeOf(device).name).toHtmlEscaped());
    const SwitchLoad* load = heat.switchLoad(device.id);
    if (!heat.valid || !load)
        return title + QStringLiteral("<br>") +
               HeatOverlay::tr("No load: %1")
                   .arg(heat.valid ? HeatOverlay::tr("the switch is newer than the estimate") : heat.reason)
                   .toHtmlEscaped();
    const Explained explained = explainSwitchLoad(design, *load);
    const double capacity = load->load > 0 ? explained.value / load->load : explained.inputs.at(1).value;
    return title + QStringLiteral("<br>") + explainedText(explained, capacity, load->load);
}

HeatOverlay::HeatOverlay(DesignDocument* document, DocumentAnalysis* analysis, LegendWidget* legend,
                         QObject* parent)
    : QObject(parent)
    , document_(document)
    , analysis_(analysis)
    , legend_(legend)
    , toggle_(new QAction(tr("&Heat Overlay"), this)) {
    toggle_->setObjectName(QStringLiteral("heatOverlayAction"));
    toggle_->setCheckable(true);
    toggle_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    toggle_->setToolTip(tr("Colour cables and switches by the load the plan puts on them"));
    toggle_->setChecked(QSettings().value(kSettingsKey, false).toBool());
    connect(toggle_, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kSettingsKey, on);
        analysis_->setLinkLoadsWanted(on);
        refresh();
    });
    connect(analysis_, &DocumentAnalysis::changed, this, [this](DocumentAnalysis::Parts parts) {
        // An edit waiting to be analysed keeps the loads shown (no recolour on every edit); a new document's
        // are gone at once.
        const bool waiting = analysis_->state() == DocumentAnalysis::State::Pending && analysis_->analysis();
        if (parts & DocumentAnalysis::PlanPart && isOn() && !waiting)
            refresh();
    });
    analysis_->setLinkLoadsWanted(isOn());
}

bool HeatOverlay::isOn() const {
    return toggle_->isChecked();
}

void HeatOverlay::setOn(bool on) {
    toggle_->setChecked(on);
}

void HeatOverlay::setScene(DesignScene* scene) {
    scene_ = scene;
    refresh();
}

// Why the overlay has no loads for the document's analysis; empty when it has them.
QString HeatOverlay::noLoadsReason() const {
    if (analysis_->state() == DocumentAnalysis::State::Invalid)
        return analysis_->reasons().join(QLatin1Char('\n'));
    const PlanAnalysis* analysis = analysis_->analysis();
    if (analysis && analysis->isInference())
        return tr("an inference plan puts no training traffic on the fabric");
    return analysis && analysis->link_loads ? QString() : tr("waiting for the plan's estimate");
}

void HeatOverlay::refresh() {
    if (!isOn()) {
        shown_.reset();
    } else if (const QString reason = noLoadsReason(); !reason.isEmpty()) {
        shown_ = std::make_shared<const HeatLoads>(noHeat(reason));
    } else {
        shown_ = std::make_shared<const HeatLoads>(heatLoads(document_->design(), *analysis_->analysis()));
    }
    if (scene_)
        scene_->showHeat(shown_);
    legend_->heatLegend()->setVisible(shown_ != nullptr);
    if (shown_)
        legend_->heatLegend()->showLoads(document_->design(), *shown_);
}

} // namespace cs
