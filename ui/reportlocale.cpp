#include "reportlocale.h"

#include <QCoreApplication>

namespace cs {

namespace {

std::string translate(const ReportTemplate& message) {
    return QCoreApplication::translate(message.context, message.source).toStdString();
}

void localize(ReportText& text) {
    text = text.localized(translate);
}

void localizeAll(std::vector<ReportText>& texts) {
    for (ReportText& text : texts)
        localize(text);
}

} // namespace

QString localizedText(const ReportText& text) {
    return QString::fromStdString(text.localized(translate).str());
}

ReportContent localizedReport(ReportContent content) {
    for (ReportFact& fact : content.headline) {
        localize(fact.label);
        localize(fact.value);
    }
    for (ReportSection& section : content.sections) {
        localize(section.title);
        localizeAll(section.paragraphs);
        for (ReportFact& fact : section.facts) {
            localize(fact.label);
            localize(fact.value);
        }
        for (ReportChart& chart : section.charts) {
            localize(chart.title);
            localize(chart.value_axis);
            localizeAll(chart.categories);
            for (ReportSeries& series : chart.series)
                localize(series.name);
        }
        for (ReportPlot& plot : section.plots) {
            localize(plot.title);
            localize(plot.x_axis);
            localize(plot.y_axis);
            for (ReportCurve& curve : plot.curves)
                localize(curve.name);
        }
        for (ReportTable& table : section.tables) {
            localize(table.caption);
            localizeAll(table.columns);
            for (std::vector<ReportText>& row : table.rows)
                localizeAll(row);
        }
    }
    return content;
}

} // namespace cs
