#include "inspectordock.h"

#include "commands/commands.h"
#include "document.h"
#include "documentanalysis.h"
#include "model/rack_usage.h"
#include "networkstyle.h"
#include "statuscolors.h"
#include "whatifoverlay.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <array>

namespace cs {

namespace {

QString kilowatts(double watts) {
    return QLocale().toString(watts / 1000, 'f', 1);
}

// Rack power budgets architects plan with: air-cooled racks at 10-20 kW, dense air or rear-door cooling at
// 40 kW, direct liquid cooling at 60 kW and more.
constexpr int kRackPowerPresetsKw[] = {10, 15, 20, 40, 60};
constexpr double kMaxRackKw = 200;
constexpr double kMaxCoolingKw = 1000; // Dell IR7000 racks are "liquid-ready to 480 kW"
constexpr int kMaxRackUnits = 60;      // what Design accepts
constexpr int kListedRackDevices = 8;

QFormLayout* formOn(QWidget* page) {
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

InspectorDock::InspectorDock(DesignDocument* document, DocumentAnalysis* analysis, QWidget* parent)
    : QDockWidget(tr("Properties"), parent)
    , document_(document)
    , analysis_(analysis)
    , device_page_(new QWidget)
    , device_form_(formOn(device_page_))
    , link_page_(new QWidget)
    , rack_page_(new QWidget)
    , empty_(new QLabel(tr("Select one device, cable or rack to see its properties.")))
    , name_(new QLineEdit)
    , type_(new QLabel)
    , gpu_(new QComboBox)
    , nics_(new QLabel)
    , rack_(new QComboBox)
    , role_(new QLineEdit)
    , network_(new QComboBox)
    , power_(new QLabel)
    , ports_(new QLabel)
    , rack_use_(new QLabel)
    , what_if_(new QLabel)
    , link_ends_(new QLabel)
    , link_network_(new QLabel)
    , link_speed_(new QLabel)
    , rack_name_(new QLineEdit)
    , rack_power_(new QDoubleSpinBox)
    , rack_presets_(new QWidget)
    , rack_height_(new QSpinBox)
    , rack_cooling_(new QComboBox)
    , rack_cooling_kw_(new QDoubleSpinBox)
    , rack_devices_(new QLabel)
    , rack_load_(new QLabel) {
    setObjectName(QStringLiteral("inspectorDock"));
    empty_->setWordWrap(true);
    type_->setWordWrap(true);
    link_ends_->setWordWrap(true);
    QFormLayout* device = device_form_;
    device->addRow(tr("Name:"), name_);
    device->addRow(tr("What-if:"), what_if_);
    device->addRow(tr("Type:"), type_);
    device->addRow(tr("GPU:"), gpu_);
    device->addRow(tr("Compute NICs:"), nics_);
    device->addRow(tr("Network:"), network_);
    device->addRow(tr("Role:"), role_);
    device->addRow(tr("Rack:"), rack_);
    device->addRow(tr("Rack use:"), rack_use_);
    device->addRow(tr("Power:"), power_);
    device->addRow(tr("Ports:"), ports_);
    QFormLayout* link = formOn(link_page_);
    link->addRow(tr("Joins:"), link_ends_);
    link->addRow(tr("Network:"), link_network_);
    link->addRow(tr("Speed:"), link_speed_);
    for (Network n : kNetworks)
        network_->addItem(networkDisplayName(n), QString::fromUtf8(networkId(n)));

    rack_power_->setRange(1, kMaxRackKw);
    rack_power_->setDecimals(1);
    rack_power_->setSuffix(tr(" kW"));
    rack_power_->setKeyboardTracking(false); // one edit when the value is entered, not one per key
    rack_height_->setRange(1, kMaxRackUnits);
    rack_height_->setSuffix(tr(" U"));
    rack_height_->setKeyboardTracking(false);
    rack_cooling_->addItem(tr("Air"), QString::fromUtf8(coolingId(Cooling::Air)));
    rack_cooling_->addItem(tr("Liquid"), QString::fromUtf8(coolingId(Cooling::Liquid)));
    rack_cooling_kw_->setRange(0, kMaxCoolingKw);
    rack_cooling_kw_->setDecimals(1);
    rack_cooling_kw_->setSuffix(tr(" kW"));
    rack_cooling_kw_->setSpecialValueText(tr("not declared"));
    rack_cooling_kw_->setKeyboardTracking(false);
    rack_cooling_kw_->setToolTip(tr("The heat the rack's liquid cooling removes"));
    rack_devices_->setWordWrap(true);
    rack_load_->setWordWrap(true);
    auto* presets = new QHBoxLayout(rack_presets_);
    presets->setContentsMargins(0, 0, 0, 0);
    for (int kw : kRackPowerPresetsKw) {
        auto* button = new QToolButton;
        button->setText(QString::number(kw));
        button->setToolTip(tr("Limit the rack to %1 kW").arg(kw));
        connect(button, &QToolButton::clicked, this, [this, kw] { rack_power_->setValue(kw); });
        presets->addWidget(button);
    }
    presets->addStretch();
    QFormLayout* rackForm = formOn(rack_page_);
    rackForm->addRow(tr("Rack:"), rack_name_);
    rackForm->addRow(tr("Power limit:"), rack_power_);
    rackForm->addRow(tr("Presets (kW):"), rack_presets_);
    rackForm->addRow(tr("Height:"), rack_height_);
    rackForm->addRow(tr("Cooling:"), rack_cooling_);
    rackForm->addRow(tr("Cooling capacity:"), rack_cooling_kw_);
    rackForm->addRow(tr("Use:"), rack_load_);
    rackForm->addRow(tr("Devices:"), rack_devices_);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(empty_);
    layout->addWidget(device_page_);
    layout->addWidget(link_page_);
    layout->addWidget(rack_page_);
    layout->addStretch();
    setWidget(content);

    what_if_->setObjectName(QStringLiteral("inspectorWhatIf"));
    what_if_->setWordWrap(true);
    what_if_->setStyleSheet(textColorStyle(kFailColor, true));
    connect(document_, &DesignDocument::selectionChanged, this, &InspectorDock::refresh);
    connect(analysis_, &DocumentAnalysis::changed, this, [this](DocumentAnalysis::Parts parts) {
        if (parts & DocumentAnalysis::FailuresPart && shown_ != 0)
            refreshWhatIf();
    });
    connect(document_, &DesignDocument::changed, this, [this](const ChangeEvent& event) {
        // Only what the shown device is about: a drag of many devices shows no device here.
        if (event.kind == ChangeEvent::Kind::Reset || (shown_rack_ != 0 && event.racks) ||
            (shown_ != 0 &&
             (std::ranges::find(event.changed_devices, shown_) != event.changed_devices.end() ||
              event.links || event.racks)))
            refresh();
    });
    const auto current = [this]() -> const Device* { return document_->design().devices().find(shown_); };
    connect(name_, &QLineEdit::editingFinished, this, [this, current] {
        const Device* device = current();
        const std::string name = name_->text().trimmed().toStdString();
        if (refreshing_ || !device || name.empty() || name == device->name)
            return;
        Device changed = *device;
        changed.name = name;
        edit(changed, tr("Rename Device"));
    });
    connect(role_, &QLineEdit::editingFinished, this, [this, current] {
        const Device* device = current();
        if (refreshing_ || !device || role_->text().trimmed().toStdString() == device->role)
            return;
        Device changed = *device;
        changed.role = role_->text().trimmed().toStdString();
        edit(changed, tr("Change Role"));
    });
    connect(gpu_, &QComboBox::activated, this, [this, current] {
        const Device* device = current();
        if (refreshing_ || !device)
            return;
        Device changed = *device;
        changed.gpu = gpu_->currentData().toString().toStdString();
        if (changed.gpu == document_->design().typeOf(*device).gpu->gpu)
            changed.gpu.clear(); // the type's default is kept as "default", as the files do
        if (changed != *device)
            edit(changed, tr("Change GPU"));
    });
    connect(rack_, &QComboBox::activated, this, [this, current] {
        const Device* device = current();
        if (refreshing_ || !device)
            return;
        Device changed = *device;
        changed.rack = static_cast<RackId>(rack_->currentData().toUInt());
        // The lowest free slot that fits in the new rack (0, unplaced, where none does or out of a rack).
        const std::array moved{device->id};
        changed.rack_u =
            changed.rack == kNoRack ? 0 : freeSlots(document_->design(), changed.rack, moved).front();
        if (changed != *device)
            edit(changed, tr("Change Rack"));
    });
    connect(network_, &QComboBox::activated, this, [this, current] {
        const Device* device = current();
        if (refreshing_ || !device)
            return;
        Device changed = *device;
        changed.network = parseNetwork(network_->currentData().toString().toStdString());
        if (changed != *device)
            edit(changed, tr("Change Switch Network"));
    });
    const auto currentRack = [this]() -> const Rack* {
        return document_->design().racks().find(shown_rack_);
    };
    connect(rack_name_, &QLineEdit::editingFinished, this, [this, currentRack] {
        const Rack* rack = currentRack();
        const std::string name = rack_name_->text().trimmed().toStdString();
        if (refreshing_ || !rack || name.empty() || name == rack->name)
            return;
        Rack changed = *rack;
        changed.name = name;
        editRack(changed, tr("Rename Rack"));
    });
    connect(rack_power_, &QDoubleSpinBox::valueChanged, this, [this, currentRack](double kw) {
        const Rack* rack = currentRack();
        if (refreshing_ || !rack || kw == rack->max_kw)
            return;
        Rack changed = *rack;
        changed.max_kw = kw;
        editRack(changed, tr("Change Rack Power Limit"));
    });
    connect(rack_height_, &QSpinBox::valueChanged, this, [this, currentRack](int units) {
        const Rack* rack = currentRack();
        if (refreshing_ || !rack || units == rack->height_u)
            return;
        Rack changed = *rack;
        changed.height_u = units;
        editRack(changed, tr("Change Rack Height"));
    });
    connect(rack_cooling_, &QComboBox::activated, this, [this, currentRack] {
        const Rack* rack = currentRack();
        const auto cooling = parseCooling(rack_cooling_->currentData().toString().toStdString());
        if (refreshing_ || !rack || !cooling || *cooling == rack->cooling)
            return;
        Rack changed = *rack;
        changed.cooling = *cooling;
        editRack(changed, tr("Change Rack Cooling"));
    });
    connect(rack_cooling_kw_, &QDoubleSpinBox::valueChanged, this, [this, currentRack](double kw) {
        const Rack* rack = currentRack();
        if (refreshing_ || !rack || kw == rack->cooling_kw)
            return;
        Rack changed = *rack;
        changed.cooling_kw = kw;
        editRack(changed, tr("Change Rack Cooling Capacity"));
    });
    refresh();
}

void InspectorDock::editRack(Rack changed, const QString& text) {
    QString error;
    if (!OperationCommand::execute(document_, changeRack(document_, std::move(changed), text), &error)) {
        QMessageBox::warning(this, tr("Cannot Change Rack"), error);
        refresh();
    }
}

void InspectorDock::edit(Device changed, const QString& text) {
    QString error;
    if (!OperationCommand::execute(document_, changeDevice(document_, std::move(changed), text), &error)) {
        QMessageBox::warning(this, tr("Cannot Change Device"), error);
        refresh(); // back to what the model holds
    }
}

void InspectorDock::refresh() {
    const Selection& selection = document_->selection();
    const Design& design = document_->design();
    const Device* device = selection.devices.size() == 1 && selection.links.empty()
                               ? design.devices().find(selection.devices.front())
                               : nullptr;
    const Link* link = selection.links.size() == 1 && selection.devices.empty()
                           ? design.links().find(selection.links.front())
                           : nullptr;
    const Rack* rack = selection.racks.size() == 1 && selection.devices.empty() && selection.links.empty()
                           ? design.racks().find(selection.racks.front())
                           : nullptr;
    shown_ = device ? device->id : 0;
    shown_rack_ = rack ? rack->id : 0;
    device_page_->setVisible(device);
    link_page_->setVisible(link);
    rack_page_->setVisible(rack);
    empty_->setVisible(!device && !link && !rack);
    refreshing_ = true;
    if (device) {
        refreshDevice(*device);
        refreshWhatIf();
    }
    if (link)
        refreshLink(*link);
    if (rack)
        refreshRack(*rack);
    refreshing_ = false;
}

void InspectorDock::refreshWhatIf() {
    const FailureImpact* impact = analysis_->failureImpact();
    device_form_->setRowVisible(what_if_, impact != nullptr);
    if (impact)
        what_if_->setText(whatIfDeviceText(analysis_->analysedFailures(), *impact, shown_));
}

void InspectorDock::refreshDevice(const Device& device) {
    const Design& design = document_->design();
    const DeviceType& type = design.typeOf(device);
    name_->setText(QString::fromStdString(device.name));
    type_->setText(QString::fromStdString(type.name));
    role_->setText(QString::fromStdString(device.role));

    gpu_->clear();
    gpu_->setEnabled(type.gpu.has_value());
    if (type.gpu) {
        for (const std::string& id : type.gpu->supported) {
            const GpuType* gpu = design.catalog().gpu(id);
            gpu_->addItem(gpu ? QString::fromStdString(gpu->name) : QString::fromStdString(id),
                          QString::fromStdString(id));
        }
        gpu_->setCurrentIndex(gpu_->findData(QString::fromStdString(design.gpuOf(device)->id)));
    }
    // The compute NICs and the speeds they run at, as the catalog lists them.
    QStringList nics;
    for (const PortGroup& group : type.port_groups) {
        if (group.network == Network::Compute) {
            QStringList speeds;
            for (int gbps : group.gbps)
                speeds << QString::number(gbps);
            nics << (group.breakout > 1 ? tr("%1× %2 Gb/s, each as %3 ports")
                                              .arg(group.count)
                                              .arg(speeds.join(u'/'))
                                              .arg(group.breakout)
                                        : tr("%1× %2 Gb/s").arg(group.count).arg(speeds.join(u'/')));
        }
    }
    nics_->setText(nics.isEmpty() ? tr("none") : nics.join(QStringLiteral(", ")));

    const bool isSwitch = type.category == DeviceCategory::Switch;
    network_->setEnabled(isSwitch);
    network_->setCurrentIndex(
        device.network ? network_->findData(QString::fromUtf8(networkId(*device.network))) : -1);

    rack_->clear();
    rack_->addItem(tr("(none)"), 0u);
    for (const Rack& rack : design.racks().items())
        rack_->addItem(QString::fromStdString(rack.name), rack.id);
    rack_->setCurrentIndex(rack_->findData(device.rack));
    if (const Rack* rack = design.racks().find(device.rack)) {
        const RackUsage usage = rackUsage(design, rack->id);
        rack_use_->setText(tr("%1 of %2 kW · %3 of %4 U")
                               .arg(kilowatts(usage.max_watts), QLocale().toString(rack->max_kw, 'f', 1))
                               .arg(usage.used_u)
                               .arg(rack->height_u));
    } else {
        rack_use_->setText(tr("not in a rack"));
    }
    power_->setText(tr("%1 kW max · %2 kW idle").arg(kilowatts(type.max_watts), kilowatts(type.idle_watts)));
    ports_->setText(tr("%1 of %2 cabled").arg(design.linksOf(device.id).size()).arg(type.portCount()));
}

void InspectorDock::refreshLink(const Link& link) {
    const Design& design = document_->design();
    const auto end = [&design](Endpoint endpoint) {
        return QString::fromStdString(design.devices().find(endpoint.device)->name + " " +
                                      design.portName(endpoint));
    };
    link_ends_->setText(end(link.a) + QStringLiteral(" ↔ ") + end(link.b));
    link_network_->setText(networkDisplayName(link.network));
    link_speed_->setText(tr("%1 Gb/s").arg(link.gbps));
}

void InspectorDock::refreshRack(const Rack& rack) {
    const Design& design = document_->design();
    rack_name_->setText(QString::fromStdString(rack.name));
    rack_power_->setValue(rack.max_kw);
    rack_height_->setValue(rack.height_u);
    rack_cooling_->setCurrentIndex(rack_cooling_->findData(QString::fromUtf8(coolingId(rack.cooling))));
    rack_cooling_kw_->setValue(rack.cooling_kw);
    rack_cooling_kw_->setEnabled(rack.cooling == Cooling::Liquid);
    const RackUsage usage = rackUsage(design, rack.id);
    const bool over = usage.max_watts > rack.max_kw * 1000 || usage.used_u > rack.height_u ||
                      usage.max_watts > rackCoolingKw(rack) * 1000 ||
                      (rack.cooling == Cooling::Air && usage.liquid_devices);
    rack_load_->setText(tr("%1 of %2 kW · %3 of %4 U")
                            .arg(kilowatts(usage.max_watts), QLocale().toString(rack.max_kw, 'f', 1))
                            .arg(usage.used_u)
                            .arg(rack.height_u));
    rack_load_->setStyleSheet(over ? textColorStyle(kFailColor) : QString());
    QStringList names;
    for (const Device& device : design.devices().items()) {
        if (device.rack == rack.id && names.size() < kListedRackDevices)
            names << QString::fromStdString(device.name);
    }
    const int count = static_cast<int>(usage.devices);
    QString text = tr("%n device(s)", nullptr, count);
    if (!names.isEmpty())
        text += QStringLiteral(": ") + names.join(QStringLiteral(", "));
    if (count > names.size())
        text += tr(" and %n more", nullptr, count - static_cast<int>(names.size()));
    rack_devices_->setText(text);
}

} // namespace cs
