#pragma once

#include "design.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cs {

class DesignDocument;
struct ChangeEvent;

// The properties of the selected device (name, catalog type, GPU model, NIC speed, rack, role, switch
// network, power) or cable, and the rack the device is in with its power and unit use. Edits become undo
// commands.
class InspectorDock final : public QDockWidget {
    Q_OBJECT

public:
    InspectorDock(DesignDocument* document, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return name_; }
    QComboBox* gpuField() const { return gpu_; }
    QComboBox* rackField() const { return rack_; }
    QLabel* rackUse() const { return rack_use_; }

private:
    void refresh();
    void refreshDevice(const Device& device);
    void refreshLink(const Link& link);
    void edit(Device changed, const QString& text);

    DesignDocument* document_;
    QWidget* device_page_;
    QWidget* link_page_;
    QLabel* empty_;
    QLineEdit* name_;
    QLabel* type_;
    QComboBox* gpu_;
    QLabel* nics_;
    QComboBox* rack_;
    QLineEdit* role_;
    QComboBox* network_;
    QLabel* power_;
    QLabel* ports_;
    QLabel* rack_use_;
    QLabel* link_ends_;
    QLabel* link_network_;
    QLabel* link_speed_;
    DeviceId shown_ = 0;
    bool refreshing_ = false; // the fields are being filled from the model, not edited
};

} // namespace cs
