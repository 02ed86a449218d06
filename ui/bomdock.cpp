#include "bomdock.h"

#include "categorystyle.h"
#include "document.h"
#include "networkstyle.h"
#include "report/bom.h"
#include "tableexport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs {

namespace {

constexpr int kRefreshDelayMs = 300; // a burst of edits recomputes once, after the burst

QTableWidget* makeTable(const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// Fills one row; the numbers, columns `firstNumber` to `lastNumber`, align right.
void setRow(QTableWidget* table, int row, const QStringList& cells, int firstNumber, int lastNumber) {
    for (int column = 0; column < int(cells.size()); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        if (column >= firstNumber && column <= lastNumber)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

} // namespace

BomDock::BomDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Bill of Materials"), parent)
    , document_(document)
    , totals_(new QLabel)
    , devices_(makeTable({tr("Model"), tr("Vendor"), tr("Category"), tr("GPU"), tr("Quantity"), tr("GPUs"),
                          tr("Rack units"), tr("Max power (kW)")}))
    // The cable's long catalog name last, where the table stretches.
    , cables_(makeTable({tr("Network"), tr("Length"), tr("Runs"), tr("Cables"), tr("Transceivers"),
                         tr("Power (W)"), tr("Cable")})) {
    setObjectName(QStringLiteral("bomDock"));
    devices_->setObjectName(QStringLiteral("bomDevices"));
    cables_->setObjectName(QStringLiteral("bomCables"));
    enableTableExport(devices_, tr("bom-devices"));
    enableTableExport(cables_, tr("bom-cables"));
    totals_->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(devices_);
    splitter->addWidget(cables_);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(totals_);
    layout->addWidget(splitter, 1);
    setWidget(content);

    timer_.setSingleShot(true);
    timer_.setInterval(kRefreshDelayMs);
    connect(&timer_, &QTimer::timeout, this, &BomDock::refresh);
    connect(document_, &DesignDocument::changed, this, &BomDock::onChanged);
}

void BomDock::onChanged(const ChangeEvent&) {
    stale_ = true;
    if (isVisible())
        timer_.start();
}

void BomDock::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    if (stale_)
        timer_.start();
}

void BomDock::refreshNow() {
    timer_.stop();
    refresh();
}

void BomDock::refresh() {
    stale_ = false;
    const BillOfMaterials bom = makeBom(document_->design());
    const QLocale locale;
    const auto count = [&](std::size_t value) { return locale.toString(qulonglong(value)); };
    const auto figure = [&](double value, int decimals) { return locale.toString(value, 'f', decimals); };

    devices_->setRowCount(int(bom.devices.size()));
    for (int row = 0; row < int(bom.devices.size()); ++row) {
        const BomDeviceLine& line = bom.devices[std::size_t(row)];
        setRow(devices_, row,
               {QString::fromStdString(line.model), QString::fromStdString(line.vendor),
                categoryDisplayName(line.category), QString::fromStdString(line.gpu), count(line.quantity),
                count(line.gpus()), count(line.rackUnits()), figure(line.maxWatts() / 1000, 1)},
               4, 7);
    }
    cables_->setRowCount(int(bom.cables.size()));
    for (int row = 0; row < int(bom.cables.size()); ++row) {
        const BomCableLine& line = bom.cables[std::size_t(row)];
        const bool modules = line.item == BomCableItem::Transceiver;
        setRow(cables_, row,
               {networkDisplayName(line.network), QString::fromUtf8(lengthClassLabel(line.length_class)),
                count(line.links), modules ? QString() : count(line.cables),
                modules ? count(line.transceivers) : QString(), figure(line.power_watts, 0),
                QString::fromStdString(line.name)},
               2, 5);
    }
    const BomTotals& totals = bom.totals;
    std::size_t cables = 0;
    for (std::size_t each : totals.cables_by_network)
        cables += each;
    totals_->setText(tr("%1 devices · %2 GPUs · %3 U · %4 kW max · %5 cables · %6 transceivers")
                         .arg(count(totals.devices), count(totals.gpus), count(totals.rack_units),
                              figure(totals.max_watts / 1000, 1), count(cables), count(totals.transceivers)));
}

} // namespace cs
