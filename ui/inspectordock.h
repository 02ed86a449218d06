#pragma once

#include "model/design.h"

#include <QDockWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cs {

class DesignDocument;
class DocumentAnalysis;
struct ChangeEvent;

// The properties of the selected device (name, catalog type, GPU model, NIC speed, rack, role, switch
// network, power), cable or rack (name, power limit with common presets, height, devices, power and unit
// use), and the rack a device is in with its power and unit use; during a what-if, what it does to the
// device (the analysis's failure impact). Edits become undo commands.
class InspectorDock final : public QDockWidget {
    Q_OBJECT

public:
    InspectorDock(DesignDocument* document, DocumentAnalysis* analysis, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return name_; }
    QComboBox* gpuField() const { return gpu_; }
    QComboBox* rackField() const { return rack_; }
    QLabel* rackUse() const { return rack_use_; }
    // What the what-if does to the shown device; its row is hidden without a what-if.
    QLabel* whatIf() const { return what_if_; }
    QLineEdit* rackNameField() const { return rack_name_; }
    QDoubleSpinBox* rackPowerField() const { return rack_power_; }
    QSpinBox* rackHeightField() const { return rack_height_; }
    QComboBox* rackCoolingField() const { return rack_cooling_; }
    QDoubleSpinBox* rackCoolingKwField() const { return rack_cooling_kw_; }
    QLabel* rackDevices() const { return rack_devices_; }
    QLabel* rackLoad() const { return rack_load_; }
    // The power-limit preset buttons, in kW.
    QWidget* rackPresets() const { return rack_presets_; }

private:
    void refresh();
    void refreshDevice(const Device& device);
    void refreshLink(const Link& link);
    void refreshRack(const Rack& rack);
    void refreshWhatIf();
    void edit(Device changed, const QString& text);
    void editRack(Rack changed, const QString& text);

    DesignDocument* document_;
    DocumentAnalysis* analysis_;
    QWidget* device_page_;
    QFormLayout* device_form_;
    QWidget* link_page_;
    QWidget* rack_page_;
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
    QLabel* what_if_;
    QLabel* link_ends_;
    QLabel* link_network_;
    QLabel* link_speed_;
    QLineEdit* rack_name_;
    QDoubleSpinBox* rack_power_;
    QWidget* rack_presets_;
    QSpinBox* rack_height_;
    QComboBox* rack_cooling_;
    QDoubleSpinBox* rack_cooling_kw_;
    QLabel* rack_devices_;
    QLabel* rack_load_;
    DeviceId shown_ = 0;
    RackId shown_rack_ = 0;
    bool refreshing_ = false; // the fields are being filled from the model, not edited
};

} // namespace cs
