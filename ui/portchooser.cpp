#include "portchooser.h"

#include "networkstyle.h"
#include "topology/cabling.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace cs {

namespace {

// "compute-3 · 400/200 Gb/s" for each free port of the network, the port index as the item's data.
void fill(QComboBox* box, const Design& design, const Device& device, Network network) {
    const DeviceType& type = design.typeOf(device);
    for (std::uint16_t port : freePorts(design, device.id, network)) {
        QStringList speeds;
        for (int gbps : type.groupOfPort(port).gbps)
            speeds << QString::number(gbps);
        box->addItem(PortChooser::tr("%1 · %2 Gb/s")
                         .arg(QString::fromStdString(design.portName({device.id, port})), speeds.join(u'/')),
                     port);
    }
}

} // namespace

PortChooser::PortChooser(const Design& design, DeviceId a, DeviceId b, Network network, QWidget* parent)
    : QDialog(parent)
    , a_(a)
    , b_(b)
    , ports_a_(new QComboBox)
    , ports_b_(new QComboBox) {
    setObjectName(QStringLiteral("portChooser"));
    setWindowTitle(tr("Choose %1 Ports").arg(networkDisplayName(network)));
    const Device& deviceA = *design.devices().find(a);
    const Device& deviceB = *design.devices().find(b);
    fill(ports_a_, design, deviceA, network);
    fill(ports_b_, design, deviceB, network);

    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Free %1 ports on each end:").arg(networkDisplayName(network))));
    form->addRow(QString::fromStdString(deviceA.name) + u':', ports_a_);
    form->addRow(QString::fromStdString(deviceB.name) + u':', ports_b_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cable"));
    // Nothing to choose on an end without a free port: the cable cannot be drawn.
    buttons->button(QDialogButtonBox::Ok)->setEnabled(ports_a_->count() > 0 && ports_b_->count() > 0);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Endpoint PortChooser::endA() const {
    return {a_, static_cast<std::uint16_t>(ports_a_->currentData().toUInt())};
}

Endpoint PortChooser::endB() const {
    return {b_, static_cast<std::uint16_t>(ports_b_->currentData().toUInt())};
}

} // namespace cs
