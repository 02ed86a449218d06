#include "newdesigndialog.h"

#include "base/input_error.h"
#include "scenario/default_plan.h"
#include "topology/cluster_generator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QSpinBox>

namespace cs {

namespace {

constexpr int kDefaultServers = 16;  // the 128-GPU example's size
constexpr int kMaxServers = 100'000; // far beyond a three-level fat tree: the generator explains the limit
constexpr int kMaxStorageNodes = 10'000;

} // namespace

NewDesignDialog::NewDesignDialog(const Catalog& library, QWidget* parent)
    : QDialog(parent)
    , library_(library)
    , servers_(new QSpinBox)
    , server_(new QComboBox)
    , fabric_(new QComboBox)
    , storage_nodes_(new QSpinBox) {
    setWindowTitle(tr("New Design from Generator"));
    servers_->setObjectName(QStringLiteral("servers"));
    servers_->setRange(0, kMaxServers); // zero is refused by the generator with its reason
    servers_->setValue(kDefaultServers);
    for (const auto& [id, type] : library.devices()) {
        if (type.category == DeviceCategory::GpuServer)
            server_->addItem(QString::fromStdString(type.name), QString::fromStdString(id));
    }
    server_->setCurrentIndex(std::max(0, server_->findData(QStringLiteral("dgx-h100"))));
    fabric_->addItem(tr("Automatic (by the server's NICs)"), QString());
    for (Fabric fabric : {Fabric::Ndr, Fabric::Hdr, Fabric::Roce400, Fabric::Roce200})
        fabric_->addItem(QString::fromUtf8(fabricId(fabric)).toUpper(), QString::fromUtf8(fabricId(fabric)));
    storage_nodes_->setRange(0, kMaxStorageNodes);
    storage_nodes_->setSpecialValueText(tr("Automatic"));

    auto* form = new QFormLayout;
    form->addRow(tr("GPU &servers:"), servers_);
    form->addRow(tr("Server &type:"), server_);
    form->addRow(tr("Compute &fabric:"), fabric_);
    form->addRow(tr("S&torage nodes:"), storage_nodes_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDesignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDesignDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void NewDesignDialog::accept() {
    GeneratorOptions options;
    options.servers = servers_->value();
    options.server = server_->currentData().toString().toStdString();
    if (const QString fabric = fabric_->currentData().toString(); !fabric.isEmpty())
        options.fabric = parseFabric(fabric.toStdString());
    if (storage_nodes_->value() > 0)
        options.storage_nodes = storage_nodes_->value();
    try {
        design_ = generateCluster(options, library_);
        addDefaultTrainingScenario(design_, library_); // every view has numbers at once
    } catch (const InputError& e) {
        QMessageBox::warning(this, tr("Cannot Generate Design"),
                             tr("The generator cannot build this cluster.\n\n%1").arg(e.what()));
        return;
    }
    QDialog::accept();
}

} // namespace cs
