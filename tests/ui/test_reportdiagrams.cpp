// The report's diagram pages at the page's scale (A4 landscape, CSS pixels), for generated clusters of 128
// and 2,048 GPUs: every text on a sheet prints at 6 pt or more, the legend stays on the page, and no cable
// shows across a rack header or a block's label.
#include "blockdiagram.h"
#include "categorystyle.h"
#include "diagramsheets.h"
#include "model/catalog.h"
#include "model/operation.h"
#include "networkstyle.h"
#include "reportwriter.h"
#include "topology/cluster_generator.h"

#include <QImage>
#include <QPageLayout>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>
#include <cmath>
#include <gtest/gtest.h>
#include <map>

namespace cs {
namespace {

const Catalog& library() {
    static const Catalog catalog = Catalog::loadDirectory(Catalog::defaultDirectory());
    return catalog;
}

const Design& generated(int servers) {
    static std::map<int, Design> designs;
    auto it = designs.find(servers);
    if (it == designs.end()) {
        GeneratorOptions options;
        options.servers = servers;
        options.server = "dgx-h100";
        it = designs.emplace(servers, generateCluster(options, library())).first;
    }
    return it->second;
}

// The design's links with no cable chosen (no optics power in the racks' power bars), and the design with no
// links at all: two designs whose sheets differ only where a cable shows.
Design withUnspecifiedCables(const Design& design) {
    Design plain = design;
    for (Link link : design.links().items()) {
        link.cable.clear();
        plain.apply(Operation{Update<Link>{link}});
    }
    return plain;
}

Design withoutCables(const Design& design) {
    Design bare = design;
    for (const Link& link : design.links().items())
        bare.apply(Operation{Remove<Link>{link.id}});
    return bare;
}

// The page a report draws its diagrams on, within its margins, in the painter's coordinates.
QRectF reportPage() {
    return {QPointF(0, 0), QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                       QMarginsF(16, 16, 16, 16), QPageLayout::Millimeter)
                               .paintRectPixels(96)
                               .size()};
}

std::vector<std::optional<Network>> viewsOf(const Design& design) {
    std::vector<std::optional<Network>> views = {std::nullopt};
    for (Network network : kNetworks) {
        const auto& links = design.links().items();
        if (std::any_of(links.begin(), links.end(),
                        [&](const Link& link) { return link.network == network; }))
            views.emplace_back(network);
    }
    return views;
}

struct DrawnText {
    QString text;
    qreal pixels = 0; // the font's size on the page
    QRectF rect;      // on the page
};

// A paint engine that keeps only the text drawn, with its size and place on the device.
class TextRecorder final : public QPaintEngine {
public:
    TextRecorder()
        : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState& state) override {
        if (state.state() & QPaintEngine::DirtyTransform)
            transform_ = state.transform();
    }
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
    void drawPath(const QPainterPath&) override {}
    void drawLines(const QLineF*, int) override {}
    void drawRects(const QRectF*, int) override {}
    void drawEllipse(const QRectF&) override {}
    void drawTextItem(const QPointF& origin, const QTextItem& item) override {
        const QFont font = item.font();
        const qreal size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72;
        const qreal scale = std::sqrt(std::abs(transform_.determinant()));
        const QFontMetricsF metrics(font);
        const QRectF local(origin.x(), origin.y() - metrics.ascent(), metrics.horizontalAdvance(item.text()),
                           metrics.height());
        texts.push_back({item.text(), size * scale, transform_.mapRect(local)});
    }

    std::vector<DrawnText> texts;

private:
    QTransform transform_;
};

class TextRecordingDevice final : public QPaintDevice {
public:
    explicit TextRecordingDevice(QSize size)
        : size_(size) {}
    QPaintEngine* paintEngine() const override { return &engine_; }
    const std::vector<DrawnText>& texts() const { return engine_.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override {
        switch (metric) {
        case PdmWidth:
            return size_.width();
        case PdmHeight:
            return size_.height();
        case PdmWidthMM:
            return qRound(size_.width() * 25.4 / 96);
        case PdmHeightMM:
            return qRound(size_.height() * 25.4 / 96);
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return 1 << 24;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return qRound(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize size_;
    mutable TextRecorder engine_;
};

QImage pageImage() {
    QImage image(reportPage().size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

// Pixels inside `rect` (shrunk by a pixel and a half against antialiased edges) that differ between the
// images.
int differingPixels(const QImage& a, const QImage& b, const QRectF& rect) {
    const QRect inner = rect.adjusted(1.5, 1.5, -1.5, -1.5).toAlignedRect() & a.rect();
    int count = 0;
    for (int y = inner.top(); y <= inner.bottom(); ++y) {
        for (int x = inner.left(); x <= inner.right(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    }
    return count;
}

class ReportDiagrams : public ::testing::TestWithParam<int> {};

TEST_P(ReportDiagrams, EveryTextIsSixPointsOrMoreAndTheLegendStaysOnThePage) {
    const Design& design = generated(GetParam());
    const QRectF page = reportPage();
    bool deviceNamesDrawn = false;
    const QString firstServer = QString::fromStdString(design.devices().items().front().name);
    for (const std::optional<Network>& network : viewsOf(design)) {
        const DiagramView view(design, network);
        const std::vector<DiagramSheet> sheets = planDiagramSheets(
            view, reportDiagramSheet(), network ? kReportNetworkDetailSheets : kReportDetailSheets);
        ASSERT_FALSE(sheets.empty());
        EXPECT_LE(sheets.size(), std::size_t{1 + kReportDetailSheets});
        for (const DiagramSheet& sheet : sheets) {
            TextRecordingDevice device(page.size().toSize());
            QPainter painter(&device);
            const SheetGeometry geometry =
                view.paintSheet(painter, reportDiagramSheet(), sheet.source, QStringLiteral("Diagram"),
                                sheet.label, sheet.detail);
            painter.end();
            const std::string where =
                (network ? std::string(networkId(*network)) : "all") + ", " + sheet.label.toStdString();
            EXPECT_TRUE(page.contains(geometry.legend)) << where;
            ASSERT_FALSE(device.texts().empty()) << where;
            for (const DrawnText& text : device.texts()) {
                EXPECT_GE(text.pixels, kMinLegiblePixels - 0.01)
                    << where << ": \"" << text.text.toStdString() << "\" at " << text.pixels * 0.75 << " pt";
                if (text.rect.top() >= geometry.legend.top()) {
                    EXPECT_LE(text.rect.right(), page.right() + 0.5)
                        << where << ": " << text.text.toStdString();
                }
                deviceNamesDrawn |= sheet.detail == SheetDetail::Devices && text.text == firstServer;
            }
        }
    }
    EXPECT_TRUE(deviceNamesDrawn) << "a sheet draws the first server's name";
}

TEST_P(ReportDiagrams, NoCableShowsAcrossARackHeaderOrABlockLabel) {
    const Design design = withUnspecifiedCables(generated(GetParam()));
    const Design bare = withoutCables(design);
    std::size_t headers = 0;
    for (const std::optional<Network>& network : viewsOf(design)) {
        const DiagramView view(design, network), bareView(bare, network);
        for (const DiagramSheet& sheet : planDiagramSheets(
                 view, reportDiagramSheet(), network ? kReportNetworkDetailSheets : kReportDetailSheets)) {
            QImage cabled = pageImage(), uncabled = pageImage();
            QPainter painter(&cabled);
            const SheetGeometry geometry =
                view.paintSheet(painter, reportDiagramSheet(), sheet.source, QStringLiteral("Diagram"),
                                sheet.label, sheet.detail);
            painter.end();
            painter.begin(&uncabled);
            bareView.paintSheet(painter, reportDiagramSheet(), sheet.source, QStringLiteral("Diagram"),
                                sheet.label, sheet.detail);
            painter.end();
            for (const QRectF& header : geometry.headers) {
                ++headers;
                EXPECT_EQ(differingPixels(cabled, uncabled, header), 0)
                    << (network ? networkId(*network) : "all") << ", " << sheet.label.toStdString()
                    << ": a cable crosses the header at " << header.x() << ", " << header.y();
            }
        }
    }
    EXPECT_GT(headers, 10u);
}

INSTANTIATE_TEST_SUITE_P(GeneratedClusters, ReportDiagrams, ::testing::Values(16, 256),
                         [](const ::testing::TestParamInfo<int>& info) {
                             return std::to_string(info.param * 8) + "Gpus";
                         });

// A design too large for one legible page: an overview at block level, then detail sheets up to the cap,
// which the overview's label states.
TEST(ReportDiagramSheets, TheLegendListsOnlyTheNetworksAndDevicesTheDesignHas) {
    // DGX H100 servers keep NVLink inside the box: no scale-up port, so no scale-up row.
    const DiagramView view(generated(16), std::nullopt);
    TextRecordingDevice device(reportPage().size().toSize());
    QPainter painter(&device);
    view.paintSheet(painter, reportDiagramSheet(), view.bounds(), QStringLiteral("Diagram"));
    painter.end();
    auto drawn = [&](const QString& prefix) {
        return std::any_of(device.texts().begin(), device.texts().end(),
                           [&](const DrawnText& text) { return text.text.startsWith(prefix + " ("); });
    };
    EXPECT_TRUE(drawn(networkStyle(Network::Compute).label));
    EXPECT_FALSE(drawn(networkStyle(Network::Scaleup).label));
    EXPECT_TRUE(drawn(categoryStyle(DeviceCategory::GpuServer).label));
}

TEST(ReportDiagramSheets, ALargeDesignGetsABlockOverviewThenCappedDetailSheets) {
    const DiagramView view(generated(256), std::nullopt);
    const std::vector<DiagramSheet> sheets =
        planDiagramSheets(view, reportDiagramSheet(), kReportDetailSheets);
    ASSERT_EQ(sheets.size(), std::size_t{1 + kReportDetailSheets});
    EXPECT_EQ(sheets.front().detail, SheetDetail::Blocks);
    EXPECT_EQ(sheets.front().source, view.bounds());
    EXPECT_TRUE(sheets.front().label.contains(QStringLiteral("1 to %1 of").arg(kReportDetailSheets)))
        << sheets.front().label.toStdString();
    for (std::size_t i = 1; i < sheets.size(); ++i) {
        EXPECT_EQ(sheets[i].detail, SheetDetail::Devices);
        EXPECT_TRUE(sheets[i].label.startsWith(QStringLiteral("detail %1 of").arg(i)))
            << sheets[i].label.toStdString();
    }
    // Uncapped, the detail sheets together hold every block.
    const std::vector<DiagramSheet> all = planDiagramSheets(view, reportDiagramSheet(), 1000);
    for (const DiagramBlock& block : view.blocks().blocks) {
        const QPointF centre(block.box.x + block.box.width / 2, block.box.y + block.box.height / 2);
        EXPECT_TRUE(std::any_of(all.begin() + 1, all.end(), [&](const DiagramSheet& sheet) {
            return sheet.source.contains(centre);
        })) << block.name;
    }
}

TEST(ReportDiagramSheets, ANetworksDetailSheetsShowItsSwitches) {
    const Design& design = generated(256);
    int capped = 0;
    for (Network network : {Network::Compute, Network::Storage, Network::Uplink, Network::Inband}) {
        const DiagramView view(design, network);
        ASSERT_FALSE(view.switchRects().empty()) << networkId(network);
        const std::vector<DiagramSheet> sheets =
            planDiagramSheets(view, reportDiagramSheet(), kReportNetworkDetailSheets);
        if (sheets.size() < 2)
            continue;
        capped += sheets.front().label.contains(QStringLiteral("of"));
        EXPECT_TRUE(std::any_of(sheets.begin() + 1, sheets.end(),
                                [&](const DiagramSheet& sheet) {
                                    return std::any_of(
                                        view.switchRects().begin(), view.switchRects().end(),
                                        [&](const QRectF& rect) { return sheet.source.intersects(rect); });
                                }))
            << networkId(network) << ": " << sheets.front().label.toStdString();
    }
    EXPECT_GT(capped, 0) << "a network's view needs more detail sheets than the report prints";
}

} // namespace
} // namespace cs
