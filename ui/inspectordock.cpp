#include "inspectordock.h"

#include "commands/commands.h"
#include "document.h"
#include "rack_usage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QVBoxLayout>

namespace cs {

namespace {

QString kilowatts(double watts) {
    return QLocale().toString(watts / 1000, 'f', 1);
}

QFormLayout* formOn(QWidget* page) {
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

InspectorDock::InspectorDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Properties"), parent)
    , document_(document)
    , device_page_(new QWidget)
    , link_page_(new QWidget)
    , empty_(new QLabel(tr("Select one device or cable to see its properties.")))
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
    , link_ends_(new QLabel)
    , link_network_(new QLabel)
    , link_speed_(new QLabel) {
    setObjectName(QStringLiteral("inspectorDock"));
    empty_->setWordWrap(true);
    type_->setWordWrap(true);
    link_ends_->setWordWrap(true);
    QFormLayout* device = formOn(device_page_);
    device->addRow(tr("Name:"), name_);
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
        network_->addItem(QString::fromUtf8(networkLabel(n)), QString::fromUtf8(networkId(n)));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(empty_);
    layout->addWidget(device_page_);
    layout->addWidget(link_page_);
    layout->addStretch();
    setWidget(content);

    connect(document_, &DesignDocument::selectionChanged, this, &InspectorDock::refresh);
    connect(document_, &DesignDocument::changed, this, [this](const ChangeEvent& event) {
        // Only what the shown device is about: a drag of many devices shows no device here.
        if (event.kind == ChangeEvent::Kind::Reset ||
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
        changed.rack_u = 0; // a new rack: its slot is chosen there
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
    refresh();
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
    shown_ = device ? device->id : 0;
    device_page_->setVisible(device);
    link_page_->setVisible(link);
    empty_->setVisible(!device && !link);
    refreshing_ = true;
    if (device)
        refreshDevice(*device);
    if (link)
        refreshLink(*link);
    refreshing_ = false;
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
            nics << tr("%1× %2 Gb/s").arg(group.count).arg(speeds.join(u'/'));
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
    link_network_->setText(QString::fromUtf8(networkLabel(link.network)));
    link_speed_->setText(tr("%1 Gb/s").arg(link.gbps));
}

} // namespace cs
