#include "newdesigndialog.h"

#include "base/input_error.h"
#include "topology/cluster_generator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cs {

namespace {

constexpr int kDefaultServers = 16;  // the 128-GPU example's size
constexpr int kMaxServers = 100'000; // far beyond a three-level fat tree: the generator explains the limit
constexpr int kMaxStorageNodes = 10'000;
constexpr double kMaxRackKw = 200; // beyond the densest liquid-cooled racks sold today

// The fabrics as people name them.
QString fabricName(Fabric fabric) {
    switch (fabric) {
    case Fabric::Xdr:
        return NewDesignDialog::tr("InfiniBand XDR 800G");
    case Fabric::Ndr:
        return NewDesignDialog::tr("InfiniBand NDR 400G");
    case Fabric::Hdr:
        return NewDesignDialog::tr("InfiniBand HDR 200G");
    case Fabric::SpectrumX:
        return NewDesignDialog::tr("Spectrum-X Ethernet 800G");
    case Fabric::Roce400:
        return NewDesignDialog::tr("RoCE Ethernet 400G");
    case Fabric::Roce200:
        return NewDesignDialog::tr("RoCE Ethernet 200G");
    }
    return QString::fromUtf8(fabricId(fabric));
}

QString topologyName(Topology topology) {
    switch (topology) {
    case Topology::FatTree:
        return NewDesignDialog::tr("Fat tree (rail-optimized)");
    case Topology::RailOnly:
        return NewDesignDialog::tr("Rail-only");
    case Topology::MultiPlane:
        return NewDesignDialog::tr("Multi-plane");
    }
    return QString::fromUtf8(topologyId(topology));
}

} // namespace

NewDesignDialog::NewDesignDialog(const Catalog& library, QWidget* parent)
    : QDialog(parent)
    , library_(library)
    , servers_(new QSpinBox)
    , server_(new QComboBox)
    , gpu_(new QComboBox)
    , fabric_(new QComboBox)
    , topology_(new QComboBox)
    , planes_(new QSpinBox)
    , storage_(new QComboBox)
    , storage_nodes_(new QSpinBox)
    , rack_kw_(new QDoubleSpinBox) {
    setWindowTitle(tr("New Design from Generator"));
    const GeneratorOptions defaults;
    servers_->setObjectName(QStringLiteral("servers"));
    servers_->setRange(0, kMaxServers); // zero is refused by the generator with its reason
    servers_->setValue(kDefaultServers);
    servers_->setToolTip(tr("GPU servers, or whole racks of a rack-scale system such as the GB200 NVL72"));
    for (const auto& [id, type] : library.devices()) {
        if (type.category == DeviceCategory::GpuServer)
            server_->addItem(QString::fromStdString(type.name), QString::fromStdString(id));
    }
    server_->setCurrentIndex(std::max(0, server_->findData(QStringLiteral("dgx-h100"))));
    listGpus();
    connect(server_, &QComboBox::currentIndexChanged, this, &NewDesignDialog::listGpus);
    fabric_->addItem(tr("Automatic (by the server's NICs)"), QString());
    for (Fabric fabric :
         {Fabric::Xdr, Fabric::Ndr, Fabric::Hdr, Fabric::SpectrumX, Fabric::Roce400, Fabric::Roce200})
        fabric_->addItem(fabricName(fabric), QString::fromUtf8(fabricId(fabric)));
    topology_->addItem(tr("Automatic"), QString());
    for (Topology topology : {Topology::FatTree, Topology::RailOnly, Topology::MultiPlane})
        topology_->addItem(topologyName(topology), QString::fromUtf8(topologyId(topology)));
    planes_->setRange(0, kMaxPlanes);
    planes_->setSpecialValueText(tr("Automatic"));
    planes_->setEnabled(false);
    connect(topology_, &QComboBox::currentIndexChanged, this, [this] {
        planes_->setEnabled(topology_->currentData().toString() ==
                            QString::fromUtf8(topologyId(Topology::MultiPlane)));
    });
    for (const auto& [id, type] : library.devices()) {
        if (type.category == DeviceCategory::Storage)
            storage_->addItem(QString::fromStdString(type.name), QString::fromStdString(id));
    }
    storage_->setCurrentIndex(std::max(0, storage_->findData(QString::fromStdString(defaults.storage))));
    storage_nodes_->setRange(0, kMaxStorageNodes);
    storage_nodes_->setSpecialValueText(tr("Automatic"));
    rack_kw_->setRange(1, kMaxRackKw);
    rack_kw_->setDecimals(1);
    rack_kw_->setSuffix(tr(" kW"));
    rack_kw_->setValue(defaults.rack_kw);
    rack_kw_->setToolTip(
        tr("The power each rack the generator fills may draw; a rack-scale system comes in its own "
           "rack"));

    auto* form = new QFormLayout;
    form->addRow(tr("GPU &servers:"), servers_);
    form->addRow(tr("Server &type:"), server_);
    form->addRow(tr("&GPU:"), gpu_);
    form->addRow(tr("Compute &fabric:"), fabric_);
    form->addRow(tr("T&opology:"), topology_);
    form->addRow(tr("&Planes:"), planes_);
    form->addRow(tr("Storage t&ype:"), storage_);
    form->addRow(tr("S&torage nodes:"), storage_nodes_);
    form->addRow(tr("&Rack power:"), rack_kw_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDesignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDesignDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void NewDesignDialog::listGpus() {
    gpu_->clear();
    const DeviceType* server = library_.device(server_->currentData().toString().toStdString());
    if (!server || !server->gpu)
        return;
    std::vector<std::string> ids{server->gpu->gpu};
    for (const std::string& id : server->gpu->supported)
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    for (const std::string& id : ids) {
        const GpuType* gpu = library_.gpu(id);
        gpu_->addItem(QString::fromStdString(gpu && !gpu->name.empty() ? gpu->name : id),
                      QString::fromStdString(id));
    }
}

void NewDesignDialog::accept() {
    GeneratorOptions options;
    options.servers = servers_->value();
    options.server = server_->currentData().toString().toStdString();
    options.gpu = gpu_->currentData().toString().toStdString();
    if (const QString fabric = fabric_->currentData().toString(); !fabric.isEmpty())
        options.fabric = parseFabric(fabric.toStdString());
    if (const QString topology = topology_->currentData().toString(); !topology.isEmpty())
        options.topology = parseTopology(topology.toStdString());
    if (planes_->isEnabled())
        options.planes = planes_->value();
    options.storage = storage_->currentData().toString().toStdString();
    if (storage_nodes_->value() > 0)
        options.storage_nodes = storage_nodes_->value();
    options.rack_kw = rack_kw_->value();
    try {
        design_ = generateCluster(options, library_);
    } catch (const InputError& e) {
        QMessageBox::warning(this, tr("Cannot Generate Design"),
                             tr("The generator cannot build this cluster.\n\n%1").arg(e.what()));
        return;
    }
    QDialog::accept();
}

} // namespace cs
