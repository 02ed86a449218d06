#pragma once

#include "model/catalog.h"

#include <QDockWidget>
#include <optional>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace cs {

// The device catalog by category (GPU servers, CPU servers, switches by network, storage), with a search
// field and each type's key figures. Entries drag onto the canvas; a double-click places them at each click.
class PaletteDock final : public QDockWidget {
    Q_OBJECT

public:
    explicit PaletteDock(const Catalog& library, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return search_; }
    QTreeWidget* tree() const { return tree_; }
    // The entry for a type (and for a switch, its network); nullptr when it is not listed.
    QTreeWidgetItem* entry(const std::string& type, std::optional<Network> network = std::nullopt) const;
    // The drag payload of an entry, as the canvas reads it (kDeviceMimeType).
    static QByteArray payload(const QTreeWidgetItem* entry);

signals:
    // An entry was double-clicked (or Enter pressed on it): place that device at each click.
    void placeRequested(const std::string& type, std::optional<cs::Network> network);

private:
    void filter(const QString& text);

    QLineEdit* search_;
    QTreeWidget* tree_;
};

} // namespace cs
