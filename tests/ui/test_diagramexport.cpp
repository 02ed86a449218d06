// Diagram export: SVG, PNG and PDF of the 128-GPU example and of a generated 20,480-GPU design.
#include "base/input_error.h"
#include "designscene.h"
#include "diagramexport.h"
#include "io/design_file.h"
#include "model/catalog.h"
#include "rackitem.h"
#include "topology/cluster_generator.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <set>

namespace cs {
namespace {

const Catalog& library() {
    static const Catalog catalog = Catalog::loadDirectory(Catalog::defaultDirectory());
    return catalog;
}

const Design& example() {
    static const Design design =
        readDesign((Catalog::defaultDirectory() / "examples" / "training-128gpu.json").string(), library());
    return design;
}

std::filesystem::path pathIn(const QTemporaryDir& dir, const char* name) {
    return QFile::encodeName(dir.filePath(QString::fromLatin1(name))).toStdString();
}

// The text of every <text> element; fails the test when the file is not well-formed XML.
std::set<std::string> svgTexts(const std::filesystem::path& path) {
    QFile file(QString::fromStdString(path.string()));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::set<std::string> texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts.insert(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().toStdString());
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    return texts;
}

int pdfPages(const std::filesystem::path& path) {
    QFile file(QString::fromStdString(path.string()));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    return static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") +
                            pdf.count("/Type /Page "));
}

TEST(DiagramExport, SvgIsWellFormedAndNamesEveryDevice) {
    QTemporaryDir dir;
    const auto svg = pathIn(dir, "cluster.svg");
    exportDiagram(example(), svg, {});
    const std::set<std::string> texts = svgTexts(svg);
    for (const Device& device : example().devices().items())
        EXPECT_TRUE(texts.contains(device.name)) << device.name;
    EXPECT_TRUE(texts.contains(example().name)) << "the title block";
}

TEST(DiagramExport, OneNetworkShowsOnlyTheDevicesOnIt) {
    QTemporaryDir dir;
    const auto svg = pathIn(dir, "storage.svg");
    exportDiagram(example(), svg, {Network::Storage, QStringLiteral("Storage fabric"), 96});
    const std::set<std::string> texts = svgTexts(svg);
    EXPECT_TRUE(texts.contains("Storage fabric"));
    EXPECT_TRUE(texts.contains("stor-sw-1"));
    EXPECT_TRUE(texts.contains("powerscale-1"));
    EXPECT_TRUE(texts.contains("gpu-16"));
    EXPECT_FALSE(texts.contains("ib-spine-1")) << "a compute switch has no storage port";
    EXPECT_FALSE(texts.contains("oob-sw-1"));
}

TEST(DiagramExport, KeepsEveryRackFrameAndRoomForItsNameTab) {
    // Report pages scale the sheet down, and a rack's name tab grows as they do: the top rack's tab was cut
    // off there. A tab at a sheet scale of one third: 1.6 label heights of 12 px, x3 (rackitem.cpp).
    constexpr qreal kTabAtOneThirdScale = 1.6 * 12 * 3;
    const DiagramView view(example(), std::nullopt);
    const DesignScene scene(example());
    int racks = 0;
    for (const QGraphicsItem* item : scene.items()) {
        if (const auto* rack = qgraphicsitem_cast<const RackItem*>(item)) {
            ++racks;
            const QRectF frame = rack->mapRectToScene(rack->frame());
            EXPECT_TRUE(view.bounds().contains(frame)) << rack->rackId();
            EXPECT_GE(frame.top() - kTabAtOneThirdScale, view.bounds().top()) << rack->rackId();
        }
    }
    EXPECT_EQ(racks, static_cast<int>(example().racks().size()));
}

TEST(DiagramExport, PngIsTheSheetAtTheChosenDpiAndNotBlank) {
    QTemporaryDir dir;
    const auto at96 = pathIn(dir, "96.png");
    const auto at192 = pathIn(dir, "192.png");
    const DiagramExport small = exportDiagram(example(), at96, {std::nullopt, {}, 96});
    const DiagramExport large = exportDiagram(example(), at192, {std::nullopt, {}, 192});
    const QImage image(QString::fromStdString(at192.string()));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), large.pixels);
    // pixels = sheet size x dpi / 96: twice the DPI, twice the pixels a side (rounding aside).
    EXPECT_NEAR(large.pixels.width(), 2 * small.pixels.width(), 2);
    EXPECT_NEAR(large.pixels.height(), 2 * small.pixels.height(), 2);
    EXPECT_NEAR(image.dotsPerMeterX(), 192 / 0.0254, 1);
    std::size_t inked = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            inked += image.pixel(x, y) != qRgb(255, 255, 255);
    }
    EXPECT_GT(inked, std::size_t(image.width() / 4) * std::size_t(image.height() / 4) / 10)
        << "at least a tenth of the sheet is drawn on";
}

TEST(DiagramExport, PdfOfTheExampleIsOneVectorSheet) {
    QTemporaryDir dir;
    const auto pdf = pathIn(dir, "cluster.pdf");
    const DiagramExport result = exportDiagram(example(), pdf, {});
    EXPECT_EQ(result.pages, 1);
    EXPECT_GE(result.scale, kLegibleScale) << "device names are drawn";
    EXPECT_EQ(pdfPages(pdf), 1);
}

TEST(DiagramExport, RefusesWhatItCannotWriteAndLeavesNothingBehind) {
    QTemporaryDir dir;
    EXPECT_THROW(exportDiagram(example(), pathIn(dir, "missing/folder/x.svg"), {}), InputError);
    EXPECT_THROW(exportDiagram(example(), pathIn(dir, "x.gif"), {}), InputError);
    EXPECT_THROW(exportDiagram(example(), pathIn(dir, "x.png"), {std::nullopt, {}, 5}), InputError);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

// The 20,480-GPU design of docs/architecture.md §Figures and targets: the PDF split into an overview and
// tiles, the PNG within its pixel bound. (Its export time is a benchmark's business, not a unit test's.)
TEST(DiagramExport, ExportsA20480GpuDesignAsTiledPagesAndABoundedPng) {
    GeneratorOptions options;
    options.servers = 2560;
    options.server = "dgx-h100";
    const Design design = generateCluster(options, library());
    QTemporaryDir dir;
    for (const char* name : {"big.svg", "big.png", "big.pdf"}) {
        const DiagramExport result = exportDiagram(design, pathIn(dir, name), {});
        EXPECT_TRUE(QFileInfo(pathIn(dir, name)).size() > 0) << name;
        if (QByteArray(name).endsWith(".pdf")) {
            EXPECT_GT(result.pages, 1);
            EXPECT_LE(result.pages, 1 + kMaxTiles);
        }
        if (QByteArray(name).endsWith(".png")) {
            EXPECT_LE(qint64(result.pixels.width()) * result.pixels.height(), kMaxPngPixels);
        }
    }
}

} // namespace
} // namespace cs
