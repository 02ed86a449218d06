#pragma once

#include <QString>

class QAbstractItemView;

namespace cs {

// The rows of an item view (a table, or a tree flattened depth first) as CSV, as the view shows them: its
// header row, then a line per visible row; a table's visible row headers make the first column. With
// `selectedOnly`, only the rows that hold a selected cell (all of them when nothing is selected).
QString tableToCsv(const QAbstractItemView* view, bool selectedOnly = false);
// The same rows as JSON: an array with an object per row, keyed by the column headers ("row" for the row
// header).
QString tableToJson(const QAbstractItemView* view);

// Makes a view's table copyable and exportable: Ctrl+C and the context menu's "Copy as CSV" put its selected
// rows (or all rows) on the clipboard as CSV; "Export Table…" writes all rows to a .csv or .json file.
// `name` suggests the file name ("budget" -> budget.csv).
void enableTableExport(QAbstractItemView* view, const QString& name);

} // namespace cs
