#include "palettedock.h"

#include "categorystyle.h"
#include "designview.h"
#include "networkstyle.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace cs {

namespace {

constexpr int kTypeRole = Qt::UserRole;
constexpr int kNetworkRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2; // every word the search matches an entry by

// A tree whose entries drag as device payloads.
class PaletteTree final : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(kDeviceMimeType)}; }
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override {
        if (items.isEmpty() || items.front()->data(0, kTypeRole).toString().isEmpty())
            return nullptr;
        auto* data = new QMimeData;
        data->setData(QString::fromLatin1(kDeviceMimeType), PaletteDock::payload(items.front()));
        return data;
    }
};

// The figures an architect picks a device by: GPUs, ports and speeds, capacity, power.
QString keyFigures(const Catalog& library, const DeviceType& type) {
    const QLocale locale;
    QStringList figures;
    if (type.gpu) {
        const GpuType* gpu = library.gpu(type.gpu->gpu);
        figures << QStringLiteral("%1× %2")
                       .arg(type.gpu->count)
                       .arg(gpu ? QString::fromStdString(gpu->model) : QString::fromStdString(type.gpu->gpu));
    }
    if (type.storage)
        figures << PaletteDock::tr("%1 TB").arg(locale.toString(type.storage->capacity_tb, 'f', 0));
    if (type.category == DeviceCategory::Switch && !type.port_groups.empty()) {
        const PortGroup& ports = type.port_groups.front();
        figures << PaletteDock::tr("%1× %2G").arg(ports.count).arg(ports.maxGbps());
    }
    figures << PaletteDock::tr("%1 kW").arg(locale.toString(type.max_watts / 1000, 'f', 1));
    return figures.join(QStringLiteral(" · "));
}

// What a search finds an entry by: its names and id, its category, the GPUs it takes (by model, so "H200"
// finds the servers that take one), and the network it is listed under.
QString searchText(const Catalog& library, const DeviceType& type, std::optional<Network> network) {
    QStringList words{QString::fromStdString(type.model), QString::fromStdString(type.name),
                      QString::fromStdString(type.id), categoryStyle(type.category).label};
    if (type.gpu) {
        std::vector<std::string> gpus = type.gpu->supported;
        gpus.push_back(type.gpu->gpu);
        for (const std::string& id : gpus) {
            words << QString::fromStdString(id);
            if (const GpuType* gpu = library.gpu(id))
                words << QString::fromStdString(gpu->model);
        }
    }
    if (network)
        words << networkDisplayName(*network);
    words << keyFigures(library, type);
    return words.join(u'\n');
}

QTreeWidgetItem* addEntry(QTreeWidgetItem* parent, const Catalog& library, const DeviceType& type,
                          std::optional<Network> network) {
    auto* item =
        new QTreeWidgetItem(parent, {QString::fromStdString(type.model.empty() ? type.name : type.model),
                                     keyFigures(library, type)});
    item->setData(0, kTypeRole, QString::fromStdString(type.id));
    item->setData(0, kSearchRole, searchText(library, type, network));
    if (network)
        item->setData(0, kNetworkRole, QString::fromUtf8(networkId(*network)));
    item->setIcon(0, categoryIcon(type.category));
    item->setToolTip(0, QString::fromStdString(type.name) + u'\n' + keyFigures(library, type));
    item->setToolTip(1, item->toolTip(0));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    return item;
}

QTreeWidgetItem* addHeading(QTreeWidget* tree, QTreeWidgetItem* parent, const QString& title,
                            const QIcon& icon) {
    auto* item = parent ? new QTreeWidgetItem(parent, {title}) : new QTreeWidgetItem(tree, {title});
    item->setIcon(0, icon);
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFirstColumnSpanned(true);
    return item;
}

} // namespace

PaletteDock::PaletteDock(const Catalog& library, QWidget* parent)
    : QDockWidget(tr("Devices"), parent)
    , search_(new QLineEdit)
    , tree_(new PaletteTree) {
    setObjectName(QStringLiteral("paletteDock"));
    search_->setPlaceholderText(tr("Search devices…"));
    search_->setClearButtonEnabled(true);
    tree_->setColumnCount(2);
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(true);
    tree_->setDragEnabled(true);
    tree_->setDragDropMode(QAbstractItemView::DragOnly);
    tree_->setDefaultDropAction(Qt::CopyAction); // a move would take the entry out of the palette
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(true);

    for (DeviceCategory category : kDeviceCategories) {
        QTreeWidgetItem* heading =
            addHeading(tree_, nullptr, categoryStyle(category).label, categoryIcon(category));
        if (category == DeviceCategory::Switch) {
            // A switch is placed to serve one network: list each model under the networks it is meant for.
            for (Network network : kNetworks) {
                QTreeWidgetItem* sub =
                    addHeading(tree_, heading, networkDisplayName(network), networkSwatch(network));
                for (const auto& [id, type] : library.devices()) {
                    if (type.category == category && type.switch_info &&
                        std::ranges::find(type.switch_info->networks, network) !=
                            type.switch_info->networks.end())
                        addEntry(sub, library, type, network);
                }
                sub->setHidden(sub->childCount() == 0);
            }
            continue;
        }
        for (const auto& [id, type] : library.devices()) {
            if (type.category == category)
                addEntry(heading, library, type, std::nullopt);
        }
    }
    tree_->expandAll();

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(search_);
    layout->addWidget(tree_);
    setWidget(content);
    connect(search_, &QLineEdit::textChanged, this, &PaletteDock::filter);
    connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString type = item->data(0, kTypeRole).toString();
        if (type.isEmpty())
            return; // a heading
        emit placeRequested(type.toStdString(),
                            parseNetwork(item->data(0, kNetworkRole).toString().toStdString()));
    });
}

QTreeWidgetItem* PaletteDock::entry(const std::string& type, std::optional<Network> network) const {
    const QString id = QString::fromStdString(type);
    const QString net = network ? QString::fromUtf8(networkId(*network)) : QString();
    for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
        if ((*it)->data(0, kTypeRole).toString() == id && (*it)->data(0, kNetworkRole).toString() == net)
            return *it;
    }
    return nullptr;
}

QByteArray PaletteDock::payload(const QTreeWidgetItem* entry) {
    QString text = entry->data(0, kTypeRole).toString();
    const QString network = entry->data(0, kNetworkRole).toString();
    if (!network.isEmpty())
        text += u'\n' + network;
    return text.toUtf8();
}

void PaletteDock::filter(const QString& text) {
    // Bottom-up: an entry shows when it matches, a heading when any entry below it shows; a heading that
    // matches ("switch", "storage") shows everything under it.
    const QString words = text.trimmed();
    const std::function<bool(QTreeWidgetItem*, bool)> apply = [&](QTreeWidgetItem* item,
                                                                  bool heading_matched) {
        bool shown = false;
        if (!item->data(0, kTypeRole).toString().isEmpty()) {
            shown =
                heading_matched || item->data(0, kSearchRole).toString().contains(words, Qt::CaseInsensitive);
        } else {
            const bool matched = heading_matched || item->text(0).contains(words, Qt::CaseInsensitive);
            for (int i = 0; i < item->childCount(); ++i)
                shown |= apply(item->child(i), matched);
        }
        item->setHidden(!shown);
        return shown;
    };
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        apply(tree_->topLevelItem(i), words.isEmpty());
}

} // namespace cs
