#pragma once

#include "model/catalog.h"
#include "model/design.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace cs {

// New from the generator: N GPU servers of a catalog type, the compute fabric and the storage nodes. The
// generator (core) judges the choice; a choice it refuses is explained and the dialog stays open.
class NewDesignDialog final : public QDialog {
    Q_OBJECT

public:
    NewDesignDialog(const Catalog& library, QWidget* parent = nullptr);

    QSpinBox* servers() const { return servers_; }
    QComboBox* server() const { return server_; }
    QComboBox* fabric() const { return fabric_; }
    QSpinBox* storageNodes() const { return storage_nodes_; }
    // The generated design, once accepted.
    Design takeDesign() { return std::move(design_); }

    void accept() override;

private:
    const Catalog& library_;
    QSpinBox* servers_;
    QComboBox* server_;
    QComboBox* fabric_;
    QSpinBox* storage_nodes_;
    Design design_;
};

} // namespace cs
