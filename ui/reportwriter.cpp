#include "reportwriter.h"

#include "base/input_error.h"
#include "base/number_format.h"
#include "diagramexport.h"
#include "diagramsheets.h"
#include "elevationexport.h"
#include "floorplanexport.h"
#include "io/atomic_file.h"
#include "networkstyle.h"
#include "reportcharts.h"
#include "topology/floor_plan.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <algorithm>
#include <qcustomplot.h>

namespace cs {

namespace {

// Units are CSS pixels: the writer runs at 96 dpi, so that sizes mean the same as in the diagram exports.
constexpr int kDpi = 96;
constexpr qreal kMarginMm = 16;
constexpr qreal kHeaderHeight = 28, kFooterHeight = 24;
constexpr qreal kBodyPixels = 11, kTablePixels = 9.5, kHeadingPixels = 22, kCaptionPixels = 12.5;
constexpr qreal kCellPadding = 4;
constexpr qreal kColumnCap = 280; // widest natural column before the table wraps it
constexpr qreal kChartHeight = 270;
constexpr qreal kGap = 10;

const QColor kInk(0x1F, 0x29, 0x37);
const QColor kMuted(0x4B, 0x55, 0x63);
const QColor kRule(0xD1, 0xD5, 0xDB);
const QColor kStripe(0xF3, 0xF4, 0xF6);
const QColor kAccent(0x25, 0x63, 0xEB);

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

struct Contents {
    std::vector<ReportTocEntry> entries;
    int pages = 0;
};

// Lays the report out on a QPdfWriter, top to bottom, breaking pages where the next block does not fit.
class ReportLayout {
public:
    ReportLayout(QPdfWriter& pdf, const Design& design, const ReportContent& content,
                 const ElevationPlan& elevations, const Contents& previous)
        : pdf_(pdf)
        , design_(design)
        , content_(content)
        , elevations_(elevations)
        , previous_(previous)
        , date_(QDate::currentDate().toString(Qt::ISODate)) {}

    Contents run() {
        if (!painter_.begin(&pdf_))
            throw InputError("the PDF could not be started");
        painter_.setRenderHint(QPainter::Antialiasing);
        cover();
        tableOfContents();
        bool diagramsDone = false;
        for (std::size_t i = 0; i < content_.sections.size(); ++i) {
            section(content_.sections[i]);
            if (!diagramsDone) {
                diagrams();
                rackElevations();
                floorPlan();
                diagramsDone = true;
            }
        }
        painter_.end();
        result_.pages = page_;
        return result_;
    }

private:
    QRectF pageRect() const { return QRectF(0, 0, pdf_.width(), pdf_.height()); }
    qreal bottom() const { return pageRect().bottom() - kFooterHeight; }
    static qreal pageTop() { return kHeaderHeight + kGap; }

    void newPage(QPageLayout::Orientation orientation) {
        pdf_.setPageOrientation(orientation);
        if (page_ > 0)
            pdf_.newPage();
        ++page_;
        y_ = pageTop();
        if (page_ > 1)
            decoratePage();
    }

    void decoratePage() {
        const QRectF page = pageRect();
        painter_.save();
        painter_.setFont(exportFont(9));
        painter_.setPen(kMuted);
        const QRectF header(page.left(), page.top(), page.width(), kHeaderHeight - 8);
        painter_.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, qs(content_.title));
        painter_.drawText(header, Qt::AlignRight | Qt::AlignVCenter, current_section_);
        const QRectF footer(page.left(), page.bottom() - kFooterHeight + 8, page.width(), kFooterHeight - 8);
        painter_.drawText(
            footer, Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("cs::ReportWriter", "ClusterStudio design report · %1").arg(date_));
        painter_.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                          previous_.pages > 0
                              ? QCoreApplication::translate("cs::ReportWriter", "page %1 of %2")
                                    .arg(page_)
                                    .arg(previous_.pages)
                              : QCoreApplication::translate("cs::ReportWriter", "page %1").arg(page_));
        painter_.setPen(QPen(kRule, 0.8));
        painter_.drawLine(QPointF(page.left(), kHeaderHeight - 6), QPointF(page.right(), kHeaderHeight - 6));
        painter_.drawLine(QPointF(page.left(), page.bottom() - kFooterHeight + 4),
                          QPointF(page.right(), page.bottom() - kFooterHeight + 4));
        painter_.restore();
    }

    // Starts a new page when `height` does not fit below the cursor.
    void ensureSpace(qreal height) {
        if (y_ + height > bottom())
            newPage(QPageLayout::Portrait);
    }

    qreal textHeight(const QString& text, const QFont& font, qreal width, int flags) const {
        const QFontMetricsF metrics(font, &pdf_);
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height();
    }

    void text(const QString& body, const QFont& font, const QColor& color, qreal indent = 0) {
        const qreal width = pageRect().width() - indent;
        const qreal height = textHeight(body, font, width, Qt::TextWordWrap);
        ensureSpace(height);
        painter_.setFont(font);
        painter_.setPen(color);
        painter_.drawText(QRectF(indent, y_, width, height), Qt::TextWordWrap, body);
        y_ += height + kGap / 2;
    }

    void cover() {
        newPage(QPageLayout::Portrait);
        const QRectF page = pageRect();
        painter_.fillRect(QRectF(page.left(), page.top() + 80, 8, 120), kAccent);
        y_ = page.top() + 80;
        painter_.setPen(kInk);
        painter_.setFont(exportFont(30, true));
        const qreal titleHeight =
            textHeight(qs(content_.title), painter_.font(), page.width() - 24, Qt::TextWordWrap);
        painter_.drawText(QRectF(24, y_, page.width() - 24, titleHeight), Qt::TextWordWrap,
                          qs(content_.title));
        y_ += titleHeight + 8;
        painter_.setFont(exportFont(16));
        painter_.setPen(kMuted);
        painter_.drawText(
            QRectF(24, y_, page.width() - 24, 24), Qt::AlignLeft,
            QCoreApplication::translate("cs::ReportWriter", "AI GPU cluster design report · %1").arg(date_));
        y_ += 80;
        text(QCoreApplication::translate("cs::ReportWriter", "At a glance"),
             exportFont(kCaptionPixels + 2, true), kInk);
        facts(content_.headline);
        y_ = std::max(y_, bottom() - 40);
        text(QCoreApplication::translate("cs::ReportWriter",
                                         "Made with ClusterStudio. Every figure has its formula, inputs and "
                                         "source in the section \"%1\".")
                 .arg(QCoreApplication::translate("cs::Report", kAssumptionsSection)),
             exportFont(9), kMuted);
    }

    void tableOfContents() {
        current_section_ = QCoreApplication::translate("cs::ReportWriter", "Contents");
        newPage(QPageLayout::Portrait);
        text(QCoreApplication::translate("cs::ReportWriter", "Contents"), exportFont(kHeadingPixels, true),
             kInk);
        y_ += kGap;
        const QFont font = exportFont(kBodyPixels + 1);
        const QFontMetricsF metrics(font, &pdf_);
        const qreal line = metrics.height() + 6;
        painter_.setFont(font);
        for (const ReportTocEntry& entry : previous_.entries) {
            ensureSpace(line);
            const QRectF row(0, y_, pageRect().width(), line);
            painter_.setPen(kInk);
            painter_.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, qs(entry.title));
            painter_.drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(entry.page));
            // A dotted leader from the title to its page number.
            const qreal from = metrics.horizontalAdvance(qs(entry.title)) + 8;
            const qreal to = pageRect().width() - metrics.horizontalAdvance(QString::number(entry.page)) - 8;
            painter_.setPen(QPen(kRule, 1, Qt::DotLine));
            painter_.drawLine(QPointF(from, row.center().y() + 3), QPointF(to, row.center().y() + 3));
            y_ += line;
        }
    }

    void heading(const QString& title) {
        current_section_ = title;
        newPage(QPageLayout::Portrait);
        result_.entries.push_back({title.toStdString(), page_});
        text(title, exportFont(kHeadingPixels, true), kInk);
        painter_.setPen(QPen(kAccent, 2));
        painter_.drawLine(QPointF(0, y_), QPointF(60, y_));
        y_ += kGap;
    }

    void facts(const std::vector<ReportFact>& list) {
        const QFont labelFont = exportFont(kBodyPixels), valueFont = exportFont(kBodyPixels, true);
        const qreal labelWidth = pageRect().width() * 0.36, valueWidth = pageRect().width() - labelWidth;
        for (const ReportFact& fact : list) {
            const qreal height =
                std::max(textHeight(qs(fact.label), labelFont, labelWidth - 8, Qt::TextWordWrap),
                         textHeight(qs(fact.value), valueFont, valueWidth, Qt::TextWordWrap)) +
                4;
            ensureSpace(height);
            painter_.setFont(labelFont);
            painter_.setPen(kMuted);
            painter_.drawText(QRectF(0, y_, labelWidth - 8, height), Qt::TextWordWrap, qs(fact.label));
            painter_.setFont(valueFont);
            painter_.setPen(kInk);
            painter_.drawText(QRectF(labelWidth, y_, valueWidth, height), Qt::TextWordWrap, qs(fact.value));
            y_ += height;
        }
        y_ += kGap;
    }

    // Flags that wrap a cell's text; a word wider than the column is broken anywhere.
    int wrapFlags(const QString& cell, const QFontMetricsF& metrics, qreal width) const {
        for (const QString& word : cell.split(QLatin1Char(' '))) {
            if (metrics.horizontalAdvance(word) > width)
                return Qt::TextWrapAnywhere;
        }
        return Qt::TextWordWrap;
    }

    void table(const ReportTable& table) {
        const QFont font = exportFont(kTablePixels), bold = exportFont(kTablePixels, true);
        const QFontMetricsF metrics(font, &pdf_), boldMetrics(bold, &pdf_);
        const std::size_t columns = table.columns.size();
        std::vector<qreal> widths(columns, 0);
        for (std::size_t c = 0; c < columns; ++c) {
            widths[c] = boldMetrics.horizontalAdvance(qs(table.columns[c]));
            for (const auto& row : table.rows)
                widths[c] = std::max(widths[c], std::min(kColumnCap, metrics.horizontalAdvance(qs(row[c]))));
            widths[c] += 2 * kCellPadding + 1;
        }
        qreal total = 0;
        for (qreal w : widths)
            total += w;
        const qreal available = pageRect().width();
        // Wider than the page: columns narrower than an even share keep their width (figures stay on one
        // line); the wider ones share the rest in proportion, and their text wraps. Narrower: leave it.
        if (total > available) {
            const qreal share = available / static_cast<qreal>(columns);
            qreal narrow = 0;
            for (qreal w : widths)
                narrow += w <= share ? w : 0;
            const qreal scale = (available - narrow) / (total - narrow);
            for (qreal& w : widths)
                w = w <= share ? w : w * scale;
        }

        auto rowHeight = [&](const std::vector<ReportText>& cells, const QFontMetricsF& m) {
            qreal height = 0;
            for (std::size_t c = 0; c < columns; ++c) {
                const QString cell = qs(cells[c]);
                const qreal inner = widths[c] - 2 * kCellPadding;
                height = std::max(
                    height,
                    m.boundingRect(QRectF(0, 0, inner, 1e6), wrapFlags(cell, m, inner), cell).height());
            }
            return height + 2 * kCellPadding;
        };
        auto drawRow = [&](const std::vector<ReportText>& cells, qreal height, bool header, bool stripe) {
            if (header || stripe)
                painter_.fillRect(QRectF(0, y_, std::min(total, available), height),
                                  header ? kRule : kStripe);
            painter_.setFont(header ? bold : font);
            painter_.setPen(kInk);
            qreal x = 0;
            for (std::size_t c = 0; c < columns; ++c) {
                const QString cell = qs(cells[c]);
                const QRectF box = QRectF(x, y_, widths[c], height)
                                       .adjusted(kCellPadding, kCellPadding, -kCellPadding, -kCellPadding);
                const bool right = !header && c < table.numeric.size() && table.numeric[c];
                painter_.drawText(box,
                                  wrapFlags(cell, header ? boldMetrics : metrics, box.width()) |
                                      (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                                  cell);
                x += widths[c];
            }
            y_ += height;
        };

        const qreal headerHeight = rowHeight(table.columns, boldMetrics);
        const qreal captionHeight =
            textHeight(qs(table.caption), exportFont(kCaptionPixels, true), available, Qt::TextWordWrap);
        std::vector<double> heights;
        for (const auto& row : table.rows)
            heights.push_back(rowHeight(row, metrics));
        const double page_room = bottom() - pageTop() - headerHeight;
        std::vector<std::size_t> breaks =
            tablePageBreaks(heights, bottom() - y_ - captionHeight - headerHeight, page_room);
        if (!breaks.empty() && breaks.front() == 0) { // the table starts on the next page
            newPage(QPageLayout::Portrait);
            breaks = tablePageBreaks(heights, page_room - captionHeight, page_room);
            if (!breaks.empty() && breaks.front() == 0) // rows taller than a page: start here all the same
                breaks.erase(breaks.begin());
        }
        text(qs(table.caption), exportFont(kCaptionPixels, true), kInk);
        drawRow(table.columns, headerHeight, true, false);
        for (std::size_t r = 0; r < heights.size(); ++r) {
            if (std::find(breaks.begin(), breaks.end(), r) != breaks.end()) {
                newPage(QPageLayout::Portrait); // the header again on the next page
                drawRow(table.columns, headerHeight, true, false);
            }
            drawRow(table.rows[r], heights[r], false, r % 2 == 1);
        }
        y_ += kGap * 1.5;
    }

    void chart(const ReportChart& chart) {
        ensureSpace(kChartHeight);
        drawReportChart(painter_, QRectF(0, y_, pageRect().width(), kChartHeight), chart);
        y_ += kChartHeight + kGap;
    }

    void plot(const ReportPlot& plot) {
        ensureSpace(kChartHeight);
        drawReportPlot(painter_, QRectF(0, y_, pageRect().width(), kChartHeight), plot);
        y_ += kChartHeight + kGap;
    }

    void section(const ReportSection& section) {
        heading(qs(section.title));
        for (const std::string& paragraph : section.paragraphs)
            text(qs(paragraph), exportFont(kBodyPixels), kInk);
        if (!section.facts.empty()) {
            y_ += kGap / 2;
            facts(section.facts);
        }
        for (const ReportChart& each : section.charts)
            chart(each);
        for (const ReportTable& each : section.tables)
            table(each);
        for (const ReportPlot& each : section.plots)
            plot(each);
    }

    // The whole design, then each network with cables (a design without rack-scale systems has no scale-up
    // page): each view on landscape pages, its sheets planned so that every name drawn is legible.
    void diagrams() {
        std::vector<std::optional<Network>> views = {std::nullopt};
        const auto& links = design_.links().items();
        for (Network network : kNetworks) {
            if (std::any_of(links.begin(), links.end(),
                            [&](const Link& link) { return link.network == network; }))
                views.emplace_back(network);
        }
        const QRectF sheet = reportDiagramSheet();
        for (const std::optional<Network>& network : views) {
            const DiagramView view(design_, network);
            const QString title =
                network ? QCoreApplication::translate("cs::ReportWriter", "Network: %1")
                              .arg(networkStyle(*network).label)
                        : QCoreApplication::translate("cs::ReportWriter", "Diagram: all networks");
            current_section_ = title;
            bool first = true;
            for (const DiagramSheet& each :
                 planDiagramSheets(view, sheet, network ? kReportNetworkDetailSheets : kReportDetailSheets)) {
                newPage(QPageLayout::Landscape);
                if (first)
                    result_.entries.push_back({title.toStdString(), page_});
                first = false;
                view.paintSheet(painter_, sheet, each.source, title, each.label, each.detail);
            }
        }
    }

    // The racks' front views, a row of the hall a landscape page, the first kReportElevationPages pages; the
    // last page says, below its row, what is left for `cluster-studio export --format elevations`.
    void rackElevations() {
        if (elevations_.pages.empty())
            return;
        const QString title = QCoreApplication::translate("cs::ReportWriter", "Rack elevations");
        current_section_ = title;
        const QRectF sheet = reportDiagramSheet();
        const QRectF rows = reportElevationArea();
        for (std::size_t i = 0; i < elevations_.pages.size(); ++i) {
            newPage(QPageLayout::Landscape);
            if (i == 0)
                result_.entries.push_back({title.toStdString(), page_});
            paintElevationPage(painter_, elevations_.pages[i], rows);
        }
        if (elevations_.rows_left > 0) {
            painter_.setFont(exportFont(10));
            painter_.setPen(kMuted);
            painter_.drawText(
                QRectF(sheet.left(), rows.bottom(), sheet.width(), sheet.bottom() - rows.bottom()),
                Qt::AlignLeft | Qt::AlignBottom, reportElevationNote(elevations_));
        }
    }

    // The hall from above after the elevations: the first kReportFloorPages pages of the floor plan export;
    // the last says how many follow in `cluster-studio export --format floorplan`.
    void floorPlan() {
        const FloorPlanSheet plan(floorLayoutOf(design_));
        if (plan.layout().racks.empty())
            return;
        const QString title = QCoreApplication::translate("cs::ReportWriter", "Floor plan");
        current_section_ = title;
        const QRectF sheet = reportDiagramSheet();
        const std::vector<FloorPage> pages = planFloorPages(design_, plan, sheet.size());
        const std::size_t shown = std::min(pages.size(), kReportFloorPages);
        for (std::size_t i = 0; i < shown; ++i) {
            newPage(QPageLayout::Landscape);
            if (i == 0)
                result_.entries.push_back({title.toStdString(), page_});
            paintFloorPage(painter_, plan, pages[i], sheet);
        }
        if (pages.size() > shown) {
            painter_.setFont(exportFont(10));
            painter_.setPen(kMuted);
            painter_.drawText(sheet, Qt::AlignLeft | Qt::AlignBottom,
                              QCoreApplication::translate(
                                  "cs::ReportWriter", "%1 more pages of the hall: cluster-studio export FILE "
                                                      "--format floorplan -o plan.pdf draws all of it.")
                                  .arg(pages.size() - shown));
        }
    }

    QPdfWriter& pdf_;
    const Design& design_;
    const ReportContent& content_;
    const ElevationPlan& elevations_;
    const Contents& previous_;
    const QString date_;
    QCPPainter painter_;
    Contents result_;
    QString current_section_;
    int page_ = 0;
    qreal y_ = 0;
};

void setUp(QPdfWriter& pdf, const ReportContent& content) {
    pdf.setTitle(QString::fromStdString(content.title));
    pdf.setCreator(QStringLiteral("ClusterStudio"));
    pdf.setResolution(kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                  QPageLayout::Millimeter));
}

} // namespace

QRectF reportDiagramSheet() {
    const QRect page =
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                    QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter)
            .paintRectPixels(kDpi);
    const qreal top = kHeaderHeight + kGap;
    return {0, top, qreal(page.width()), page.height() - kFooterHeight - top - kGap};
}

QRectF reportElevationArea() {
    return reportDiagramSheet().adjusted(0, 0, 0, -kReportNoteHeight);
}

QString reportElevationNote(const ElevationPlan& plan) {
    if (plan.rows_left == 0)
        return {};
    return QCoreApplication::translate(
               "cs::ReportWriter", "Not drawn here: %1 of %2 racks, in %3 of %4 rows. cluster-studio export "
                                   "FILE --format elevations -o racks.pdf draws every row.")
        .arg(qs(groupedCount(plan.racks_left)), qs(groupedCount(plan.racks)),
             qs(groupedCount(plan.rows_left)), qs(groupedCount(plan.rows)));
}

std::vector<std::size_t> tablePageBreaks(const std::vector<double>& heights, double room_left,
                                         double page_room) {
    constexpr std::size_t kKeptTogether = 2; // rows that never stand alone: the first two, the last two
    const std::size_t count = heights.size();
    std::vector<std::size_t> breaks;
    double room = room_left;
    std::size_t on_page = 0; // rows already on the current page
    for (std::size_t r = 0; r < count; ++r) {
        double needed = heights[r];
        if (r == 0) // the first rows together: the table moves on when they do not fit
            for (std::size_t k = 1; k < std::min(count, kKeptTogether); ++k)
                needed += heights[k];
        if (on_page > 0 && count - r == kKeptTogether) // the last rows together
            needed = heights[r] + heights[r + 1];
        if (needed > room && (on_page > 0 || r == 0)) {
            breaks.push_back(r);
            room = page_room;
            on_page = 0;
        }
        room -= heights[r];
        ++on_page;
    }
    return breaks;
}

ReportOutput writeReport(const Design& design, const ReportContent& content,
                         const std::filesystem::path& output) {
    AtomicFile file(output); // an unwritable place is reported before the rendering
    // The rack elevations are laid out once for both passes.
    const ElevationPlan elevations = planElevationPages(design, floorPlanOf(design).rackRows(),
                                                        reportElevationArea().size(), kReportElevationPages);
    // First pass, to memory: where each section starts and how many pages there are.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    Contents contents;
    {
        QPdfWriter pdf(&scratch);
        setUp(pdf, content);
        contents = ReportLayout(pdf, design, content, elevations, {}).run();
    }
    Contents final;
    {
        QPdfWriter pdf(QFile::decodeName(file.temporaryPath().c_str()));
        setUp(pdf, content);
        try {
            final = ReportLayout(pdf, design, content, elevations, contents).run();
        } catch (const InputError& e) {
            throw InputError(output.string() + ": cannot write: " + e.what());
        }
    }
    file.commit();
    return {final.pages, final.entries};
}

} // namespace cs
