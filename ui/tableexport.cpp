#include "tableexport.h"

#include "exportnotice.h"
#include "filedialogs.h"
#include "io/atomic_file.h"
#include "io/csv.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>
#include <QTreeView>
#include <set>

namespace cs {

namespace {

// What the view shows: the columns in their on-screen order, the rows depth first, and the row headers.
class TableText {
public:
    explicit TableText(const QAbstractItemView* view)
        : model_(view->model()) {
        const auto* table = qobject_cast<const QTableView*>(view);
        const auto* tree = qobject_cast<const QTreeView*>(view);
        row_headers_ = table && !table->verticalHeader()->isHidden();
        const QHeaderView* header = table ? table->horizontalHeader() : tree ? tree->header() : nullptr;
        for (int visual = 0; model_ && visual < model_->columnCount(); ++visual) {
            const int logical = header ? header->logicalIndex(visual) : visual;
            if (!header || !header->isSectionHidden(logical))
                columns_.push_back(logical);
        }
        if (model_)
            collectRows(QModelIndex(), table, tree);
    }

    QStringList header() const {
        QStringList cells;
        if (row_headers_)
            cells << QString();
        return cells + columnNames();
    }
    const std::vector<QModelIndex>& rows() const { return rows_; }
    bool hasRowHeaders() const { return row_headers_; }
    QString rowHeader(const QModelIndex& row) const {
        return model_->headerData(row.row(), Qt::Vertical).toString();
    }
    QStringList cells(const QModelIndex& row) const {
        QStringList cells;
        if (row_headers_)
            cells << rowHeader(row);
        for (int column : columns_)
            cells << model_->index(row.row(), column, row.parent()).data(Qt::DisplayRole).toString();
        return cells;
    }
    QStringList columnNames() const {
        QStringList names;
        for (int column : columns_)
            names << model_->headerData(column, Qt::Horizontal).toString();
        return names;
    }

private:
    void collectRows(const QModelIndex& parent, const QTableView* table, const QTreeView* tree) {
        for (int row = 0; row < model_->rowCount(parent); ++row) {
            if ((table && table->isRowHidden(row)) || (tree && tree->isRowHidden(row, parent)))
                continue;
            const QModelIndex index = model_->index(row, 0, parent);
            rows_.push_back(index);
            if (model_->hasChildren(index))
                collectRows(index, table, tree);
        }
    }

    const QAbstractItemModel* model_;
    bool row_headers_ = false;
    std::vector<int> columns_;
    std::vector<QModelIndex> rows_;
};

QString csvLine(const QStringList& cells) {
    std::vector<std::string> fields;
    fields.reserve(static_cast<std::size_t>(cells.size()));
    for (const QString& cell : cells)
        fields.push_back(cell.toStdString());
    return QString::fromStdString(csvRow(fields));
}

void copyToClipboard(const QAbstractItemView* view) {
    const QString csv = tableToCsv(view, true);
    auto* data = new QMimeData;
    data->setText(csv);
    data->setData(QStringLiteral("text/csv"), csv.toUtf8());
    QApplication::clipboard()->setMimeData(data);
}

void exportToFile(QAbstractItemView* view, const QString& name) {
    const QString path = QFileDialog::getSaveFileName(
        view, QApplication::translate("cs::TableExport", "Export Table"),
        QDir(dialogFolder(view->window()->windowFilePath())).filePath(name + QStringLiteral(".csv")),
        QApplication::translate("cs::TableExport", "CSV table (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    const QByteArray content = (json ? tableToJson(view) : tableToCsv(view)).toUtf8();
    try {
        writeFileAtomically(QFile::encodeName(path).toStdString(),
                            {content.constData(), std::size_t(content.size())});
        confirmExport(view, path);
    } catch (const std::exception& e) {
        QMessageBox::critical(view, QApplication::translate("cs::TableExport", "Cannot Export Table"),
                              QString::fromUtf8(e.what()));
    }
}

// Takes Ctrl+C while the view has the focus: the window's Edit > Copy copies the canvas selection.
class CopyShortcut final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Copy)) {
                event->accept();
                if (event->type() == QEvent::KeyPress)
                    copyToClipboard(static_cast<QAbstractItemView*>(watched));
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QString tableToCsv(const QAbstractItemView* view, bool selectedOnly) {
    const TableText table(view);
    std::set<std::pair<QModelIndex, int>> chosen; // (parent, row) of the rows holding a selected cell
    if (selectedOnly && view->selectionModel()) {
        for (const QModelIndex& index : view->selectionModel()->selectedIndexes())
            chosen.insert({index.parent(), index.row()});
    }
    QString csv = csvLine(table.header());
    for (const QModelIndex& row : table.rows()) {
        if (chosen.empty() || chosen.contains({row.parent(), row.row()}))
            csv += csvLine(table.cells(row));
    }
    return csv;
}

QString tableToJson(const QAbstractItemView* view) {
    const TableText table(view);
    const QStringList names = table.columnNames();
    QJsonArray rows;
    for (const QModelIndex& row : table.rows()) {
        QStringList cells = table.cells(row);
        QJsonObject object;
        if (table.hasRowHeaders())
            object.insert(QStringLiteral("row"), cells.takeFirst());
        for (qsizetype i = 0; i < names.size(); ++i)
            object.insert(names[i], cells[i]);
        rows.append(object);
    }
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
}

void enableTableExport(QAbstractItemView* view, const QString& name) {
    view->installEventFilter(new CopyShortcut(view));
    auto* copy = new QAction(QApplication::translate("cs::TableExport", "Copy as CSV"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setShortcutVisibleInContextMenu(true);
    QObject::connect(copy, &QAction::triggered, view, [view] { copyToClipboard(view); });
    auto* save = new QAction(QApplication::translate("cs::TableExport", "Export Table…"), view);
    QObject::connect(save, &QAction::triggered, view, [view, name] { exportToFile(view, name); });
    view->addAction(copy);
    view->addAction(save);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace cs
