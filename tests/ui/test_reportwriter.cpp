// The PDF report of the 128-GPU example with its Llama 2 70B plan and scenario, read back with
// pdftotext (poppler-utils, scripts/install-deps.sh); in English and, with the zh_CN translator, in Chinese.
#include "analysis/plan_analysis.h"
#include "base/input_error.h"
#include "base/number_format.h"
#include "elevationexport.h"
#include "estimate/plan.h"
#include "io/design_file.h"
#include "language.h"
#include "model/catalog.h"
#include "networkstyle.h"
#include "report/report_content.h"
#include "reportlocale.h"
#include "reportwriter.h"
#include "topology/cluster_generator.h"
#include "topology/floor_plan.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

namespace cs {
namespace {

const Catalog& library() {
    static const Catalog catalog = Catalog::loadDirectory(Catalog::defaultDirectory());
    return catalog;
}

std::filesystem::path examples() {
    return Catalog::defaultDirectory() / "examples";
}

NamedPlan llama70b() {
    return {"plan-llama2-70b-128gpu.json",
            readPlanFile((examples() / "plan-llama2-70b-128gpu.json").string(), library())};
}

std::filesystem::path pathIn(const QTemporaryDir& dir, const char* name) {
    return QFile::encodeName(dir.filePath(QString::fromLatin1(name))).toStdString();
}

// The PDF's text, one string per page.
QStringList pdfPages(const std::filesystem::path& pdf) {
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    EXPECT_FALSE(pdftotext.isEmpty()) << "pdftotext missing: run scripts/install-deps.sh (poppler-utils)";
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QString::fromStdString(pdf.string()), QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30'000));
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.back().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

class ReportWriterTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        design_ = new Design(readDesign((examples() / "training-128gpu.json").string(), library()));
        dir_ = new QTemporaryDir;
        pdf_ = pathIn(*dir_, "report.pdf");
        output_ = writeReport(*design_, makeReportContent(*design_, library(), llama70b()), pdf_);
        pages_ = pdfPages(pdf_);
    }
    static void TearDownTestSuite() {
        delete dir_;
        delete design_;
    }
    // The page (from 1; after the cover and the contents) whose first lines hold `title`; 0 when none does.
    static int pageTitled(const QString& title) {
        for (int i = 2; i < pages_.size(); ++i) {
            const QStringList lines = pages_[i].split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            // Line 0 and 1 are the header (design, section); then the title.
            if (lines.size() > 2 && lines.mid(0, 4).contains(title))
                return i + 1;
        }
        return 0;
    }

    static inline Design* design_ = nullptr;
    static inline QTemporaryDir* dir_ = nullptr;
    static inline std::filesystem::path pdf_;
    static inline ReportOutput output_;
    static inline QStringList pages_;
};

TEST_F(ReportWriterTest, HasACoverContentsAndEverySectionOnTheContentsPage) {
    ASSERT_EQ(pages_.size(), output_.pages);
    EXPECT_TRUE(pages_[0].contains(QString::fromStdString(design_->name).left(20)));
    EXPECT_TRUE(pages_[0].contains(QStringLiteral("At a glance")));
    for (const char* section :
         {kSummarySection, kTrainingSection, kValidationSection, kBomSection, kBandwidthSection,
          kResilienceSection, kStorageSection, kPowerSection, kScenarioSection, kAssumptionsSection}) {
        const int page = pageTitled(QString::fromUtf8(section));
        EXPECT_GT(page, 2) << section;
        bool listed = false;
        for (const ReportTocEntry& entry : output_.contents)
            listed |= entry.title == section && entry.page == page;
        EXPECT_TRUE(listed) << section << " is in the contents with its page";
        EXPECT_TRUE(pages_[1].contains(QString::fromUtf8(section))) << "contents page lists " << section;
    }
}

// A page per network with cables: the example's five; no scale-up page (it has no rack-scale system).
TEST_F(ReportWriterTest, HasTheDiagramAndOnePagePerNetwork) {
    EXPECT_GT(pageTitled(QStringLiteral("Diagram: all networks")), 2);
    std::set<int> pages;
    for (Network network : kNetworks) {
        const int page = pageTitled(QStringLiteral("Network: ") + networkStyle(network).label);
        if (network == Network::Scaleup) {
            EXPECT_EQ(page, 0);
            continue;
        }
        EXPECT_GT(page, 2) << networkId(network);
        pages.insert(page);
    }
    EXPECT_EQ(pages.size(), kNetworkCount - 1) << "each network on a page of its own";
    // The device names are drawn on the network's pages (gpu-01 has a port on every network but uplink): on
    // its one page, or on the detail pages after its block overview.
    const QString storage = QStringLiteral("Network: ") + networkStyle(Network::Storage).label;
    bool named = false;
    for (int page = pageTitled(storage);
         page > 0 && page <= pages_.size() && pages_[page - 1].contains(storage); ++page)
        named |= pages_[page - 1].contains(QStringLiteral("gpu-01"));
    EXPECT_TRUE(named);
}

// A landscape page per row of racks (the example's four), in the contents, with every rack and device name.
TEST_F(ReportWriterTest, HasARackElevationPagePerRowOfRacks) {
    const int first = pageTitled(QStringLiteral("Rack elevations"));
    ASSERT_GT(first, 2);
    bool listed = false;
    for (const ReportTocEntry& entry : output_.contents)
        listed |= entry.title == "Rack elevations" && entry.page == first;
    EXPECT_TRUE(listed);
    const std::size_t rows = floorPlanOf(*design_).rackRows().size();
    ASSERT_LE(rows, kReportElevationPages);
    QString elevations;
    for (std::size_t row = 0; row < rows; ++row) {
        const QString page = pages_[first - 1 + static_cast<int>(row)];
        EXPECT_TRUE(page.contains(QStringLiteral("rack elevations, row %1 of %2").arg(row + 1).arg(rows)))
            << row;
        elevations += page;
    }
    for (const Rack& rack : design_->racks().items())
        EXPECT_TRUE(elevations.contains(QString::fromStdString(rack.name))) << rack.name;
    for (const Device& device : design_->devices().items()) {
        if (device.rack != kNoRack && device.rack_u > 0) {
            EXPECT_TRUE(elevations.contains(QString::fromStdString(device.name))) << device.name;
        }
    }
}

std::size_t racksIn(const std::vector<std::vector<RackId>>& rows, std::size_t first, std::size_t end) {
    std::size_t racks = 0;
    for (std::size_t row = first; row < end; ++row)
        racks += rows[row].size();
    return racks;
}

// A cap below what the rows need: whole rows while they fit, the rest counted for the note.
TEST_F(ReportWriterTest, RackElevationPagesStopAtTheCapAfterWholeRows) {
    const std::vector<std::vector<RackId>> rows = floorPlanOf(*design_).rackRows();
    ASSERT_GT(rows.size(), 2u);
    const ElevationPlan plan = planElevationPages(*design_, rows, reportElevationArea().size(), 2);
    ASSERT_EQ(plan.pages.size(), 2u);
    EXPECT_TRUE(plan.pages[1].title.contains(QStringLiteral("row 2 of %1").arg(rows.size())));
    EXPECT_EQ(plan.rows, rows.size());
    EXPECT_EQ(plan.rows_left, rows.size() - 2);
    EXPECT_EQ(plan.racks, racksIn(rows, 0, rows.size()));
    EXPECT_EQ(plan.racks_left, racksIn(rows, 2, rows.size()));
    EXPECT_EQ(reportElevationNote(plan),
              QStringLiteral("Not drawn here: %1 of %2 racks, in %3 of %4 rows. cluster-studio export FILE "
                             "--format elevations -o racks.pdf draws every row.")
                  .arg(QString::fromStdString(groupedCount(plan.racks_left)),
                       QString::fromStdString(groupedCount(plan.racks)))
                  .arg(rows.size() - 2)
                  .arg(rows.size()));
    // Every row fits: no note.
    EXPECT_TRUE(reportElevationNote(
                    planElevationPages(*design_, rows, reportElevationArea().size(), kReportElevationPages))
                    .isEmpty());
}

// A generated cluster of 1,024 GPUs: rows of several racks, more rows than the report has pages for.
const Design& generatedCluster() {
    static const Design design = [] {
        GeneratorOptions options;
        options.servers = 128;
        options.server = "dgx-h100";
        return generateCluster(options, library());
    }();
    return design;
}

// A first row wider than the cap's pages: its first racks, a run a page, and the rest of it left.
TEST(ReportWriterElevations, DrawTheFirstRowInPartWhenItAloneExceedsTheCap) {
    const Design& design = generatedCluster();
    const std::vector<std::vector<RackId>> rows = floorPlanOf(design).rackRows();
    const QSizeF narrow(reportElevationArea().width() / 4, reportElevationArea().height());
    const ElevationPlan plan = planElevationPages(design, rows, narrow, 2);
    ASSERT_EQ(plan.pages.size(), 2u);
    ASSERT_GT(rows[0].size(), 2u) << "the first row needs more than two narrow pages";
    EXPECT_TRUE(plan.pages[0].title.contains(QStringLiteral("row 1 of %1 (racks 1 to").arg(rows.size())));
    EXPECT_TRUE(plan.pages[1].title.contains(QStringLiteral("row 1 of")));
    EXPECT_EQ(plan.rows_left, rows.size());
    EXPECT_EQ(plan.racks_left, plan.racks - 2) << "one rack a page at this width";
}

// A generated design whose rows need more pages than the report has: kReportElevationPages pages, and the
// note on the last in its own band under the row, which is drawn above that band.
TEST(ReportWriterElevations, CapsTheRackElevationPagesAndNotesTheRowsLeftBelowTheLastRow) {
    const Design& design = generatedCluster();
    const std::vector<std::vector<RackId>> rows = floorPlanOf(design).rackRows();
    const QRectF area = reportElevationArea();
    const ElevationPlan plan = planElevationPages(design, rows, area.size(), kReportElevationPages);
    ASSERT_EQ(plan.pages.size(), kReportElevationPages);
    ASSERT_GT(plan.rows_left, 0u);
    for (const ElevationPage& page : plan.pages)
        EXPECT_LE(kElevationTitlePx + page.scale * page.sheet.size().height(), area.height())
            << page.title.toStdString();
    EXPECT_LE(area.bottom() + kReportNoteHeight, reportDiagramSheet().bottom());

    QTemporaryDir dir;
    const std::filesystem::path pdf = pathIn(dir, "big.pdf");
    writeReport(design, makeReportContent(design, library(), std::nullopt), pdf);
    const QStringList pages = pdfPages(pdf);
    const QString note = reportElevationNote(plan);
    int elevations = 0, noted = 0;
    for (int i = 0; i < pages.size(); ++i) {
        elevations += pages[i].contains(QStringLiteral("rack elevations, row")) ? 1 : 0;
        if (QString(pages[i]).replace(QLatin1Char('\n'), QLatin1Char(' ')).contains(note))
            noted = i;
    }
    EXPECT_EQ(elevations, static_cast<int>(kReportElevationPages));
    ASSERT_GT(noted, 0) << "the note is drawn";
    EXPECT_TRUE(pages[noted].contains(QStringLiteral("rack elevations, row")))
        << "on the last elevation page";
}

// The hall from above after the elevations, in the contents: the legend, every row labelled, every rack
// named, the aisles.
TEST_F(ReportWriterTest, HasAFloorPlanPageAfterTheRackElevations) {
    const int page = pageTitled(QStringLiteral("Floor plan"));
    ASSERT_GT(page, pageTitled(QStringLiteral("Rack elevations")));
    bool listed = false;
    for (const ReportTocEntry& entry : output_.contents)
        listed |= entry.title == "Floor plan" && entry.page == page;
    EXPECT_TRUE(listed);
    const QString& text = pages_[page - 1];
    EXPECT_TRUE(text.contains(QStringLiteral("front (cold side)")))
        << "the legend"; // "floor" prints as a ligature
    EXPECT_TRUE(text.contains(QStringLiteral("Cold aisle")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hot aisle")));
    for (std::size_t row = 1; row <= floorPlanOf(*design_).rackRows().size(); ++row)
        EXPECT_TRUE(text.contains(QStringLiteral("Row %1").arg(row))) << row;
    for (const Rack& rack : design_->racks().items())
        EXPECT_TRUE(text.contains(QString::fromStdString(rack.name))) << rack.name;
}

TEST_F(ReportWriterTest, NumbersEveryPageButTheCover) {
    for (int page = 2; page <= pages_.size(); ++page)
        EXPECT_TRUE(pages_[page - 1].contains(QStringLiteral("page %1 of %2").arg(page).arg(pages_.size())))
            << "page " << page;
}

TEST_F(ReportWriterTest, ChartsAreVectors) {
    QFile file(QString::fromStdString(pdf_.string()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    // The only raster images are the device icons on the diagrams (a few dozen pixels); a chart drawn as a
    // pixmap would be hundreds of pixels wide.
    const QRegularExpression width(QStringLiteral("/Width (\\d+)"));
    int images = 0;
    for (const QRegularExpressionMatch& match : width.globalMatch(QString::fromLatin1(pdf))) {
        ++images;
        EXPECT_LE(match.captured(1).toInt(), 64);
    }
    EXPECT_GT(images, 0) << "the icons are found, so a chart image would be too";
    // The charts' axis titles are text in the PDF.
    const QString all = pages_.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("time per step (s)")));
    EXPECT_TRUE(all.contains(QStringLiteral("memory per GPU (GiB)")));
    EXPECT_TRUE(all.contains(QStringLiteral("power (kW)")));
}

TEST(ReportWriter, RendersChineseDeviceNames) {
    QFile example(QString::fromStdString((examples() / "training-128gpu.json").string()));
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    QByteArray json = example.readAll();
    json.replace("\"gpu-01\"", "\"训练服务器-01\"");
    QTemporaryDir dir;
    const auto source = pathIn(dir, "chinese.json");
    QFile copy(QString::fromStdString(source.string()));
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write(json);
    copy.close();
    const Design design = readDesign(source.string(), library());
    const auto pdf = pathIn(dir, "chinese.pdf");
    writeReport(design, makeReportContent(design, library(), std::nullopt), pdf);
    EXPECT_TRUE(pdfPages(pdf).join(QLatin1Char('\n')).contains(QStringLiteral("训练服务器-01")));
}

// Every text of the content, in order.
std::vector<std::string> allTexts(const ReportContent& content) {
    std::vector<std::string> texts;
    auto add = [&](const ReportText& text) { texts.push_back(text.str()); };
    for (const ReportFact& fact : content.headline) {
        add(fact.label);
        add(fact.value);
    }
    for (const ReportSection& section : content.sections) {
        add(section.title);
        std::for_each(section.paragraphs.begin(), section.paragraphs.end(), add);
        for (const ReportFact& fact : section.facts) {
            add(fact.label);
            add(fact.value);
        }
        for (const ReportChart& chart : section.charts) {
            add(chart.title);
            add(chart.value_axis);
            std::for_each(chart.categories.begin(), chart.categories.end(), add);
            for (const ReportSeries& series : chart.series)
                add(series.name);
        }
        for (const ReportTable& table : section.tables) {
            add(table.caption);
            std::for_each(table.columns.begin(), table.columns.end(), add);
            for (const auto& row : table.rows)
                std::for_each(row.begin(), row.end(), add);
        }
    }
    return texts;
}

TEST(ReportWriter, EnglishLocalizesToItself) {
    const Design design = readDesign((examples() / "training-128gpu.json").string(), library());
    const ReportContent content = makeReportContent(design, library(), llama70b());
    ASSERT_TRUE(applyLanguage(QStringLiteral("en")));
    EXPECT_EQ(allTexts(localizedReport(content)), allTexts(content));
}

TEST(ReportWriter, EveryReportTemplateHasAChineseTranslation) {
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/clusterstudio_zh_CN.qm")));
    const std::vector<ReportTemplate> templates = reportTemplates();
    EXPECT_GT(templates.size(), 150u);
    for (const ReportTemplate& message : templates) {
        const QString text = chinese.translate(message.context, message.source);
        EXPECT_FALSE(text.isEmpty()) << "no zh_CN translation of " << message.context << " \""
                                     << message.source
                                     << "\": run the update_translations target and translate it";
        // The translation keeps every argument.
        for (int n = 1; n <= 9; ++n) {
            const QString placeholder = QStringLiteral("%%1").arg(n);
            EXPECT_EQ(QString::fromUtf8(message.source).contains(placeholder), text.contains(placeholder))
                << message.source << " -> " << text.toStdString();
        }
    }
}

TEST(ReportWriter, TheChineseReportIsChineseThroughout) {
    const Design design = readDesign((examples() / "training-128gpu.json").string(), library());
    const ReportContent english = makeReportContent(design, library(), llama70b());
    ASSERT_TRUE(applyLanguage(QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    const auto pdf = pathIn(dir, "report-zh.pdf");
    writeReport(design, localizedReport(english), pdf); // the writer's own words and the diagrams too
    applyLanguage(QStringLiteral("en"));
    // Lines wrap anywhere in Chinese: compare without white space. pdftotext gives some ideographs as their
    // Kangxi radicals (方 as U+2F45, from the font's glyph names): NFKC maps them back.
    QString text = pdfPages(pdf).join(QString()).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const char* translated :
         {"台叶交换机", "方案:plan-llama2-70b-128gpu.json。模型", "重计算:", "周期性写入检查点",
          "上行业务网络和管理网络不承载训练流量", "交换机按最大功率计",
          "与第一列不同的数值在括号中给出变化幅度", "张量并行通信", "流水线气泡", "检查点写入时间",
          "各机柜负载功率", "数据存储网络", "GPU服务器"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(translated).remove(QLatin1Char(' '))))
            << "missing: " << translated;
    }
    for (const char* english :
         {"Compute fabric:", "What the plan asks", "Training reads its data", "The design at training load",
          "Each scenario estimated", "Step time", "global batch", "GPU server", "Out-of-band management"}) {
        EXPECT_FALSE(text.contains(QString::fromUtf8(english).remove(QLatin1Char(' '))))
            << "still English: " << english;
    }
}

TEST(ReportWriter, TheChineseInferenceReportIsChineseToo) {
    const Design design = readDesign((examples() / "training-128gpu.json").string(), library());
    const NamedPlan inference{
        "plan-llama2-70b-inference.json",
        readPlanFile((examples() / "plan-llama2-70b-inference.json").string(), library())};
    const ReportContent english = makeReportContent(design, library(), inference);
    ASSERT_TRUE(applyLanguage(QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    const auto pdf = pathIn(dir, "report-inference-zh.pdf");
    writeReport(design, localizedReport(english), pdf);
    applyLanguage(QStringLiteral("en"));
    QString text = pdfPages(pdf).join(QString()).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const char* translated : {"推理估算", "首token延迟", "每输出token延迟", "方案的推理预算",
                                   "预填充与解码", "集群每秒token数", "仅适用于训练方案"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(translated))) << "missing: " << translated;
    }
    for (const char* english : {"Inference estimate", "Time to first token", "Tensor parallelism",
                                "apply to training plans", "no estimate"}) {
        EXPECT_FALSE(text.contains(QString::fromUtf8(english).remove(QLatin1Char(' '))))
            << "still English: " << english;
    }
}

TEST(ReportWriter, AnInferenceReportAnswersItsLoadWithTheSizingAndTheServingCharts) {
    const Design design = readDesign((examples() / "training-128gpu.json").string(), library());
    NamedPlan inference{"plan-llama2-70b-inference.json",
                        readPlanFile((examples() / "plan-llama2-70b-inference.json").string(), library())};
    inference.plan.inference.load.requests_per_s = 40;
    inference.plan.inference.slo.tpot_s = 0.05;
    const PlanAnalysis analysis = analyzePlan(library(), inference.plan, &design);
    ASSERT_TRUE(analysis.inference && analysis.inference->sizing && analysis.serving);
    const InferenceSizing& sizing = *analysis.inference->sizing;
    const ReportContent content = makeReportContent(design, library(), inference);
    const ReportSection* section = content.section(kInferenceSection);
    ASSERT_NE(section, nullptr);

    // The sizing table: the estimate's replicas, servers, GPUs and power for the load.
    const auto table = std::find_if(section->tables.begin(), section->tables.end(), [](const ReportTable& t) {
        return t.caption.str() == "Sizing for the load";
    });
    ASSERT_NE(table, section->tables.end());
    ASSERT_EQ(table->rows.size(), 1u);
    const std::vector<ReportText>& row = table->rows[0];
    ASSERT_EQ(row.size(), table->columns.size());
    EXPECT_EQ(row[0].str().rfind("40 requests/s", 0), 0u) << row[0].str();
    EXPECT_EQ(row[1].str(), groupedCount(std::size_t(sizing.replicas)));
    EXPECT_EQ(row[2].str(), groupedCount(std::size_t(sizing.servers)));
    EXPECT_EQ(row[3].str(), groupedCount(std::size_t(sizing.gpus)));
    EXPECT_EQ(row[4].str(), formatQuantity(sizing.power_kw * 1000, "W"));

    // The two serving charts: every point of the curve, the plan's batch and load marked.
    ASSERT_EQ(section->plots.size(), 2u);
    std::size_t points = 0;
    for (const ReportCurve& curve : section->plots[0].curves) {
        const bool limit =
            curve.style == ReportCurve::Style::XLimit || curve.style == ReportCurve::Style::YLimit;
        EXPECT_EQ(curve.x.size() + curve.y.size(), limit ? 1u : 2 * curve.x.size()) << curve.name.str();
        if (curve.style == ReportCurve::Style::Line)
            points += curve.x.size();
        if (curve.style == ReportCurve::Style::Marker) {
            EXPECT_DOUBLE_EQ(curve.y.at(0), analysis.inference->tokens_per_s_per_gpu);
        }
        if (curve.style == ReportCurve::Style::XLimit) {
            EXPECT_DOUBLE_EQ(curve.x.at(0), 50);
        }
    }
    EXPECT_EQ(points, analysis.serving->throughput_latency.points.size());
    const ReportPlot& servers = section->plots[1];
    EXPECT_EQ(servers.curves.at(0).x.size(), analysis.serving->servers_vs_load.points.size());
    EXPECT_NE(servers.x_axis.str().find("(requests/s)"), std::string::npos);
    const auto marker = std::find_if(servers.curves.begin(), servers.curves.end(), [](const ReportCurve& c) {
        return c.style == ReportCurve::Style::Marker;
    });
    ASSERT_NE(marker, servers.curves.end());
    EXPECT_EQ(marker->x, std::vector<double>{40});
    EXPECT_EQ(marker->y, std::vector<double>{double(sizing.servers)});

    // In the PDF: the table and both charts with their titles and axes.
    QTemporaryDir dir;
    const auto pdf = pathIn(dir, "report-inference.pdf");
    writeReport(design, content, pdf);
    const QString text = pdfPages(pdf).join(QString());
    for (const char* shown : {"Sizing for the load", "Throughput against latency over the batch size",
                              "time per output token (ms)", "GPU servers needed against the load",
                              "load (requests/s)", "This plan: batch"})
        EXPECT_TRUE(text.contains(QLatin1String(shown))) << "missing: " << shown;
}

TEST(ReportWriter, RefusesAnUnwritablePath) {
    const Design design = readDesign((examples() / "training-128gpu.json").string(), library());
    QTemporaryDir dir;
    EXPECT_THROW(writeReport(design, makeReportContent(design, library(), std::nullopt),
                             pathIn(dir, "missing/report.pdf")),
                 InputError);
}

TEST(ReportPagination, NoTableRowStandsAloneOnAPage) {
    const std::vector<double> rows(4, 10.0);
    EXPECT_EQ(tablePageBreaks(rows, 100, 100), std::vector<std::size_t>{}) << "fits";
    EXPECT_EQ(tablePageBreaks(rows, 35, 100), std::vector<std::size_t>{2})
        << "the last row would stand alone: the last two move together";
    EXPECT_EQ(tablePageBreaks(rows, 15, 100), std::vector<std::size_t>{0})
        << "the first row would stand alone: the table starts on the next page";
    const std::vector<double> many(25, 10.0);
    for (double room : {15.0, 25.0, 35.0, 95.0}) {
        std::vector<std::size_t> breaks = tablePageBreaks(many, room, 100);
        breaks.push_back(many.size());
        std::size_t start = 0;
        for (std::size_t end : breaks) {
            if (end > 0) {
                EXPECT_GE(end - start, 2u) << "a page with one row, room " << room;
            }
            start = end;
        }
    }
}

} // namespace
} // namespace cs
