#pragma once

#include "model/catalog.h"
#include "model/design.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace cs {

// New from the generator, with every choice `generate` offers: N GPU servers (or rack-scale systems) of a
// catalog type and the GPU it takes, the compute fabric and its topology (and planes), the storage type and
// nodes, and the racks' power. Products are listed by name. The generator (core) judges the choice; a choice
// it refuses is explained and the dialog stays open.
class NewDesignDialog final : public QDialog {
    Q_OBJECT

public:
    NewDesignDialog(const Catalog& library, QWidget* parent = nullptr);

    QSpinBox* servers() const { return servers_; }
    QComboBox* server() const { return server_; }
    QComboBox* gpu() const { return gpu_; }
    QComboBox* fabric() const { return fabric_; }
    QComboBox* topology() const { return topology_; }
    QSpinBox* planes() const { return planes_; }
    QComboBox* storage() const { return storage_; }
    QSpinBox* storageNodes() const { return storage_nodes_; }
    QDoubleSpinBox* rackKw() const { return rack_kw_; }
    // The generated design, once accepted.
    Design takeDesign() { return std::move(design_); }

    void accept() override;

private:
    // The GPUs the chosen server takes, its default first.
    void listGpus();

    const Catalog& library_;
    QSpinBox* servers_;
    QComboBox* server_;
    QComboBox* gpu_;
    QComboBox* fabric_;
    QComboBox* topology_;
    QSpinBox* planes_;
    QComboBox* storage_;
    QSpinBox* storage_nodes_;
    QDoubleSpinBox* rack_kw_;
    Design design_;
};

} // namespace cs
