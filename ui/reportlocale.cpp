#include "reportlocale.h"

#include <QCoreApplication>
#include <QSet>
#include <array>

namespace cs {

namespace {

// The labels core's makeReportContent() uses, for lupdate; translate() looks up any string at run time.
constexpr std::array kReportLabels = {
    QT_TRANSLATE_NOOP("cs::Report", "Summary"),
    QT_TRANSLATE_NOOP("cs::Report", "Training estimate"),
    QT_TRANSLATE_NOOP("cs::Report", "Validation"),
    QT_TRANSLATE_NOOP("cs::Report", "Bill of materials"),
    QT_TRANSLATE_NOOP("cs::Report", "Network bandwidth budgets"),
    QT_TRANSLATE_NOOP("cs::Report", "Storage budgets"),
    QT_TRANSLATE_NOOP("cs::Report", "Power and energy"),
    QT_TRANSLATE_NOOP("cs::Report", "Scenario comparison"),
    QT_TRANSLATE_NOOP("cs::Report", "Assumptions and formulas"),
    QT_TRANSLATE_NOOP("cs::Report", "GPUs"),
    QT_TRANSLATE_NOOP("cs::Report", "Devices"),
    QT_TRANSLATE_NOOP("cs::Report", "Racks"),
    QT_TRANSLATE_NOOP("cs::Report", "Cables"),
    QT_TRANSLATE_NOOP("cs::Report", "IT power at load"),
    QT_TRANSLATE_NOOP("cs::Report", "IT power, catalog maximum"),
    QT_TRANSLATE_NOOP("cs::Report", "Plan"),
    QT_TRANSLATE_NOOP("cs::Report", "Model"),
    QT_TRANSLATE_NOOP("cs::Report", "Parallelism"),
    QT_TRANSLATE_NOOP("cs::Report", "Step time"),
    QT_TRANSLATE_NOOP("cs::Report", "Throughput"),
    QT_TRANSLATE_NOOP("cs::Report", "MFU"),
    QT_TRANSLATE_NOOP("cs::Report", "Memory per GPU"),
    QT_TRANSLATE_NOOP("cs::Report", "Time to train"),
    QT_TRANSLATE_NOOP("cs::Report", "Energy of the run"),
    QT_TRANSLATE_NOOP("cs::Report", "Devices by category"),
    QT_TRANSLATE_NOOP("cs::Report", "Category"),
    QT_TRANSLATE_NOOP("cs::Report", "Networks"),
    QT_TRANSLATE_NOOP("cs::Report", "Network"),
    QT_TRANSLATE_NOOP("cs::Report", "Switches"),
    QT_TRANSLATE_NOOP("cs::Report", "Tokens per second"),
    QT_TRANSLATE_NOOP("cs::Report", "Model TFLOP/s per GPU"),
    QT_TRANSLATE_NOOP("cs::Report", "Hardware TFLOP/s per GPU"),
    QT_TRANSLATE_NOOP("cs::Report", "Micro-batches per step"),
    QT_TRANSLATE_NOOP("cs::Report", "Compute"),
    QT_TRANSLATE_NOOP("cs::Report", "TP communication"),
    QT_TRANSLATE_NOOP("cs::Report", "PP communication"),
    QT_TRANSLATE_NOOP("cs::Report", "Pipeline bubble"),
    QT_TRANSLATE_NOOP("cs::Report", "DP communication (exposed)"),
    QT_TRANSLATE_NOOP("cs::Report", "Optimizer step"),
    QT_TRANSLATE_NOOP("cs::Report", "Where one training step's time goes"),
    QT_TRANSLATE_NOOP("cs::Report", "time per step (s)"),
    QT_TRANSLATE_NOOP("cs::Report", "Step time breakdown"),
    QT_TRANSLATE_NOOP("cs::Report", "Part"),
    QT_TRANSLATE_NOOP("cs::Report", "Time"),
    QT_TRANSLATE_NOOP("cs::Report", "Share"),
    QT_TRANSLATE_NOOP("cs::Report", "Step"),
    QT_TRANSLATE_NOOP("cs::Report", "Memory per GPU (first pipeline stage)"),
    QT_TRANSLATE_NOOP("cs::Report", "memory per GPU (GiB)"),
    QT_TRANSLATE_NOOP("cs::Report", "Weights"),
    QT_TRANSLATE_NOOP("cs::Report", "Gradients"),
    QT_TRANSLATE_NOOP("cs::Report", "Optimizer"),
    QT_TRANSLATE_NOOP("cs::Report", "Activations"),
    QT_TRANSLATE_NOOP("cs::Report", "Total"),
    QT_TRANSLATE_NOOP("cs::Report", "Capacity"),
    QT_TRANSLATE_NOOP("cs::Report", "Errors"),
    QT_TRANSLATE_NOOP("cs::Report", "Warnings"),
    QT_TRANSLATE_NOOP("cs::Report", "Notes"),
    QT_TRANSLATE_NOOP("cs::Report", "Findings"),
    QT_TRANSLATE_NOOP("cs::Report", "Severity"),
    QT_TRANSLATE_NOOP("cs::Report", "Code"),
    QT_TRANSLATE_NOOP("cs::Report", "Message"),
    QT_TRANSLATE_NOOP("cs::Report", "Fix"),
    QT_TRANSLATE_NOOP("cs::Report", "Vendor"),
    QT_TRANSLATE_NOOP("cs::Report", "GPU"),
    QT_TRANSLATE_NOOP("cs::Report", "Qty"),
    QT_TRANSLATE_NOOP("cs::Report", "Rack units"),
    QT_TRANSLATE_NOOP("cs::Report", "Max power"),
    QT_TRANSLATE_NOOP("cs::Report", "Cables and optics"),
    QT_TRANSLATE_NOOP("cs::Report", "Cable"),
    QT_TRANSLATE_NOOP("cs::Report", "Length"),
    QT_TRANSLATE_NOOP("cs::Report", "Runs"),
    QT_TRANSLATE_NOOP("cs::Report", "Transceivers"),
    QT_TRANSLATE_NOOP("cs::Report", "Power"),
    QT_TRANSLATE_NOOP("cs::Report", "Device power, catalog maximum"),
    QT_TRANSLATE_NOOP("cs::Report", "Optics and active cables"),
    QT_TRANSLATE_NOOP("cs::Report", "Cabled capacity per network"),
    QT_TRANSLATE_NOOP("cs::Report", "Link speeds"),
    QT_TRANSLATE_NOOP("cs::Report", "Sum of line rates"),
    QT_TRANSLATE_NOOP("cs::Report", "Bandwidth budget of the plan"),
    QT_TRANSLATE_NOOP("cs::Report", "Demand"),
    QT_TRANSLATE_NOOP("cs::Report", "Needed to hide DP"),
    QT_TRANSLATE_NOOP("cs::Report", "Use"),
    QT_TRANSLATE_NOOP("cs::Report", "GPU compute (per GPU)"),
    QT_TRANSLATE_NOOP("cs::Report", "NVLink (per GPU)"),
    QT_TRANSLATE_NOOP("cs::Report", "Storage read (cluster)"),
    QT_TRANSLATE_NOOP("cs::Report", "Storage checkpoint write (cluster)"),
    QT_TRANSLATE_NOOP("cs::Report", "Bandwidth per GPU: the plan's demand against the links"),
    QT_TRANSLATE_NOOP("cs::Report", "bandwidth per GPU (GB/s)"),
    QT_TRANSLATE_NOOP("cs::Report", "GPU compute network"),
    QT_TRANSLATE_NOOP("cs::Report", "NVLink"),
    QT_TRANSLATE_NOOP("cs::Report", "average demand"),
    QT_TRANSLATE_NOOP("cs::Report", "needed to hide DP"),
    QT_TRANSLATE_NOOP("cs::Report", "capacity"),
    QT_TRANSLATE_NOOP("cs::Report", "Training data read"),
    QT_TRANSLATE_NOOP("cs::Report", "Checkpoint size"),
    QT_TRANSLATE_NOOP("cs::Report", "Checkpoint write bandwidth achieved"),
    QT_TRANSLATE_NOOP("cs::Report", "Checkpoint write time"),
    QT_TRANSLATE_NOOP("cs::Report", "Cluster MTBF"),
    QT_TRANSLATE_NOOP("cs::Report", "Optimal checkpoint interval"),
    QT_TRANSLATE_NOOP("cs::Report", "Checkpoint overhead (writes and rework)"),
    QT_TRANSLATE_NOOP("cs::Report", "Restore read (checkpoint x DP)"),
    QT_TRANSLATE_NOOP("cs::Report", "Restore time"),
    QT_TRANSLATE_NOOP("cs::Report", "Checkpoint times"),
    QT_TRANSLATE_NOOP("cs::Report", "time (minutes)"),
    QT_TRANSLATE_NOOP("cs::Report", "Write one checkpoint"),
    QT_TRANSLATE_NOOP("cs::Report", "Restore after a failure"),
    QT_TRANSLATE_NOOP("cs::Report", "Interval between checkpoints"),
    QT_TRANSLATE_NOOP("cs::Report", "Power by device category"),
    QT_TRANSLATE_NOOP("cs::Report", "IT total"),
    QT_TRANSLATE_NOOP("cs::Report", "Switch power by network"),
    QT_TRANSLATE_NOOP("cs::Report", "Rack"),
    QT_TRANSLATE_NOOP("cs::Report", "Power at load"),
    QT_TRANSLATE_NOOP("cs::Report", "Limit"),
    QT_TRANSLATE_NOOP("cs::Report", "Power per rack at load"),
    QT_TRANSLATE_NOOP("cs::Report", "power (kW)"),
    QT_TRANSLATE_NOOP("cs::Report", "at load"),
    QT_TRANSLATE_NOOP("cs::Report", "limit"),
    QT_TRANSLATE_NOOP("cs::Report", "Racks over their limit"),
    QT_TRANSLATE_NOOP("cs::Report", "PUE"),
    QT_TRANSLATE_NOOP("cs::Report", "Facility power (IT x PUE)"),
    QT_TRANSLATE_NOOP("cs::Report", "Training run"),
    QT_TRANSLATE_NOOP("cs::Report", "Cost of the energy"),
    QT_TRANSLATE_NOOP("cs::Report", "Time to train per scenario"),
    QT_TRANSLATE_NOOP("cs::Report", "time to train (days)"),
    QT_TRANSLATE_NOOP("cs::Report", "Scenarios side by side"),
    QT_TRANSLATE_NOOP("cs::Report", "Figure"),
    QT_TRANSLATE_NOOP("cs::Report", "Assumptions"),
    QT_TRANSLATE_NOOP("cs::Report", "Assumption"),
    QT_TRANSLATE_NOOP("cs::Report", "Value"),
    QT_TRANSLATE_NOOP("cs::Report", "Source"),
    QT_TRANSLATE_NOOP("cs::Report", "GPU server power at training load, per GPU"),
    QT_TRANSLATE_NOOP("cs::Report", "Other devices' load"),
    QT_TRANSLATE_NOOP("cs::Report", "PUE when the plan gives none"),
    QT_TRANSLATE_NOOP("cs::Report", "Energy price when the plan gives none"),
    QT_TRANSLATE_NOOP("cs::Report", "Server MTBF when the plan gives none"),
    QT_TRANSLATE_NOOP("cs::Report", "Every figure of the estimate"),
    QT_TRANSLATE_NOOP("cs::Report", "Formula"),
    QT_TRANSLATE_NOOP("cs::Report", "Inputs"),
};

std::string translated(const std::string& label) {
    static const QSet<QString> known = [] {
        QSet<QString> set;
        for (const char* each : kReportLabels)
            set.insert(QString::fromUtf8(each));
        return set;
    }();
    if (!known.contains(QString::fromStdString(label)))
        return label; // composed text and figures stay as they are
    return QCoreApplication::translate("cs::Report", label.c_str()).toStdString();
}

void translateAll(std::vector<std::string>& labels) {
    for (std::string& label : labels)
        label = translated(label);
}

} // namespace

ReportContent localizedReport(ReportContent content) {
    for (ReportFact& fact : content.headline)
        fact.label = translated(fact.label);
    for (ReportSection& section : content.sections) {
        section.title = translated(section.title);
        for (ReportFact& fact : section.facts)
            fact.label = translated(fact.label);
        for (ReportChart& chart : section.charts) {
            chart.title = translated(chart.title);
            chart.value_axis = translated(chart.value_axis);
            translateAll(chart.categories);
            for (ReportSeries& series : chart.series)
                series.name = translated(series.name);
        }
        for (ReportTable& table : section.tables) {
            table.caption = translated(table.caption);
            translateAll(table.columns);
            // The first column names the row (a budget line, a category, a part): translate known names.
            for (std::vector<std::string>& row : table.rows)
                if (!row.empty())
                    row.front() = translated(row.front());
        }
    }
    return content;
}

} // namespace cs
