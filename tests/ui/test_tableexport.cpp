// Every table the studio shows copies (Ctrl+C, context menu) and exports as CSV or JSON; the bill of
// materials has its dock; NetBox folders import and export from the studio.
#include "bomdock.h"
#include "budgetdock.h"
#include "diagnosticsdock.h"
#include "documentanalysis.h"
#include "interchange/netbox_export.h"
#include "report/bom.h"
#include "studio_test_support.h"
#include "tableexport.h"

#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QTableWidget>
#include <QTreeWidget>

namespace cs::test {
namespace {

TEST(TableExport, ATablesRowHeadersMakeTheFirstColumnAndCellsAreQuoted) {
    QTableWidget table(2, 2);
    table.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B, b")});
    table.setVerticalHeaderLabels({QStringLiteral("first"), QStringLiteral("second")});
    table.setItem(0, 0, new QTableWidgetItem(QStringLiteral("1")));
    table.setItem(0, 1, new QTableWidgetItem(QStringLiteral("say \"hi\"")));
    table.setItem(1, 0, new QTableWidgetItem(QStringLiteral("3")));
    EXPECT_EQ(tableToCsv(&table),
              QStringLiteral(",A,\"B, b\"\r\nfirst,1,\"say \"\"hi\"\"\"\r\nsecond,3,\r\n"));
    table.verticalHeader()->hide();
    table.setColumnHidden(0, true);
    EXPECT_EQ(tableToCsv(&table), QStringLiteral("\"B, b\"\r\n\"say \"\"hi\"\"\"\r\n\r\n"));
    table.setColumnHidden(0, false);
    table.setCurrentCell(1, 1);
    EXPECT_EQ(tableToCsv(&table, true), QStringLiteral("A,\"B, b\"\r\n3,\r\n")); // the selected row only

    const QJsonArray rows = QJsonDocument::fromJson(tableToJson(&table).toUtf8()).array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("B, b")).toString(), QStringLiteral("say \"hi\""));
}

TEST(TableExport, ATreeIsFlattenedDepthFirst) {
    QTreeWidget tree;
    tree.setHeaderLabels({QStringLiteral("Name"), QStringLiteral("Value")});
    auto* parent = new QTreeWidgetItem(&tree, {QStringLiteral("rack"), QStringLiteral("2")});
    new QTreeWidgetItem(parent, {QStringLiteral("gpu-01"), QStringLiteral("8")});
    new QTreeWidgetItem(&tree, {QStringLiteral("spare"), QString()});
    EXPECT_EQ(tableToCsv(&tree), QStringLiteral("Name,Value\r\nrack,2\r\ngpu-01,8\r\nspare,\r\n"));
}

class TableExportInStudio : public PlanViewsTest {};

TEST_F(TableExportInStudio, CtrlCInTheBudgetTableCopiesItsRowsNotTheCanvasSelection) {
    QTableWidget* table = budget_->table();
    ASSERT_GT(table->rowCount(), 3);
    budget_->show();
    budget_->raise();
    table->setFocus();
    table->clearSelection();
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString csv = QApplication::clipboard()->text();
    EXPECT_TRUE(csv.startsWith(QStringLiteral("Budget line,Demand,Capacity,Utilisation,Cost,Status\r\n")))
        << csv.toStdString();
    EXPECT_EQ(csv.count(QStringLiteral("\r\n")), table->rowCount() + 1);
    EXPECT_EQ(QApplication::clipboard()->mimeData()->data(QStringLiteral("text/csv")), csv.toUtf8());

    QStringList menu; // the context menu's entries
    for (QAction* action : table->actions())
        menu << action->text();
    EXPECT_EQ(menu, (QStringList{QStringLiteral("Copy as CSV"), QStringLiteral("Export Table…")}));
    EXPECT_EQ(table->contextMenuPolicy(), Qt::ActionsContextMenu);
}

TEST_F(TableExportInStudio, TheDiagnosticsAndTheBillOfMaterialsCopyToo) {
    auto* diagnostics = window_->findChild<DiagnosticsDock*>();
    ASSERT_NE(diagnostics, nullptr);
    window_->analysis()->validateNow();
    EXPECT_EQ(tableToCsv(diagnostics->list()).count(QStringLiteral("\r\n")),
              qsizetype(diagnostics->diagnostics().size()) + 1);
    EXPECT_EQ(diagnostics->list()->actions().size(), 2);

    auto* bom = window_->findChild<BomDock*>();
    ASSERT_NE(bom, nullptr);
    bom->refreshNow();
    const BillOfMaterials expected = makeBom(window_->design());
    ASSERT_EQ(bom->devices()->rowCount(), int(expected.devices.size()));
    ASSERT_EQ(bom->cables()->rowCount(), int(expected.cables.size()));
    int quantity = 0;
    for (int row = 0; row < bom->devices()->rowCount(); ++row)
        quantity += bom->devices()->item(row, 4)->text().toInt();
    EXPECT_EQ(quantity, 36);
    EXPECT_TRUE(
        tableToCsv(bom->cables())
            .startsWith(QStringLiteral("Network,Length,Runs,Cables,Transceivers,Power (W),Cable\r\n")));
    EXPECT_EQ(bom->devices()->actions().size(), 2);
}

TEST_F(TableExportInStudio, ANetboxFolderExportsAndImportsAsAnUntitledDesign) {
    QTemporaryDir folder;
    QString error;
    ASSERT_TRUE(window_->exportNetbox(folder.path(), &error)) << error.toStdString();
    const std::size_t devices = window_->design().devices().size();
    const std::size_t links = window_->design().links().size();
    ASSERT_TRUE(window_->importNetbox(folder.path(), &error)) << error.toStdString();
    EXPECT_EQ(window_->design().devices().size(), devices);
    EXPECT_EQ(window_->design().links().size(), links);
    EXPECT_TRUE(window_->document()->path().isEmpty());

    QFile::remove(folder.filePath(QStringLiteral("devices.csv")));
    EXPECT_FALSE(window_->importNetbox(folder.path(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no devices.csv"))) << error.toStdString();
    EXPECT_EQ(window_->design().devices().size(), devices); // the design stays
}

} // namespace
} // namespace cs::test
