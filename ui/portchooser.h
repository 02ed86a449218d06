#pragma once

#include "model/design.h"

#include <QDialog>

class QComboBox;

namespace cs {

// Lets the user pick the ports of a cable: the free ports of the network on each end (core's freePorts),
// with the speeds they run at. Whether the two can meet is core's question when the cable is planned.
class PortChooser final : public QDialog {
    Q_OBJECT

public:
    PortChooser(const Design& design, DeviceId a, DeviceId b, Network network, QWidget* parent = nullptr);

    QComboBox* portsA() const { return ports_a_; }
    QComboBox* portsB() const { return ports_b_; }
    Endpoint endA() const;
    Endpoint endB() const;

private:
    DeviceId a_, b_;
    QComboBox* ports_a_;
    QComboBox* ports_b_;
};

} // namespace cs
