#include "diagramexport.h"

#include "base/input_error.h"
#include "blockdiagram.h"
#include "categorystyle.h"
#include "designscene.h"
#include "deviceitem.h"
#include "io/atomic_file.h"
#include "linklayeritem.h"
#include "networkstyle.h"
#include "rackitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <set>

namespace cs {

namespace {

// Sheet layout, in CSS pixels (1/96 in): the title block above the diagram, the legend below it.
constexpr qreal kSheetMargin = 24;
constexpr qreal kTitleBlockHeight = 64;
constexpr qreal kLegendRowHeight = 24, kLegendPadding = 4;
constexpr qreal kLegendIndent = 90; // the entries start right of the row headings
constexpr qreal kBandGap = 12;
constexpr qreal kMinSheetWidth = 1100; // a title block and a legend of few rows
// Scene units around the devices, cables and rack frames shown: room for a rack's name tab above its frame,
// which grows as the sheet's scale shrinks (19 units at 100 %, 58 at a third). Rack items' own bounds are no
// guide: they allow for the largest tab any zoom shows.
constexpr qreal kDiagramMargin = 64;
constexpr qreal kCssDpi = 96;
constexpr qreal kTitlePixels = 20, kCaptionPixels = 12, kLegendPixels = 11;
constexpr qreal kSwatchWidth = 22, kSwatchGap = 6, kEntryGap = 18;
// A3 landscape: big enough for a rack row at a legible scale, and what plotters and presenters print.
const QPageSize kPdfPage(QPageSize::A3);
constexpr qreal kPdfMarginMm = 8;

const QColor kInk(0x1F, 0x29, 0x37);
const QColor kMutedInk(0x4B, 0x55, 0x63);
const QColor kRule(0xD1, 0xD5, 0xDB);

QString percent(qreal scale) {
    return QLocale::c().toString(scale * 100, 'f', scale >= 0.1 ? 0 : 1) + QStringLiteral(" %");
}

} // namespace

void beginPdf(QPdfWriter& pdf, QPainter& painter, const QString& title, const AtomicFile& file) {
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("ClusterStudio"));
    pdf.setResolution(qRound(kCssDpi));
    pdf.setPageLayout(QPageLayout(kPdfPage, QPageLayout::Landscape,
                                  QMarginsF(kPdfMarginMm, kPdfMarginMm, kPdfMarginMm, kPdfMarginMm),
                                  QPageLayout::Millimeter));
    if (!painter.begin(&pdf))
        throw InputError(file.target().string() + ": cannot write: the PDF could not be started");
}

void beginSvg(QSvgGenerator& svg, QPainter& painter, const QSizeF& size, const QString& title,
              const QString& description, const AtomicFile& file) {
    svg.setFileName(QFile::decodeName(file.temporaryPath().c_str()));
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(qRound(kCssDpi));
    svg.setTitle(title);
    svg.setDescription(description);
    if (!painter.begin(&svg))
        throw InputError(file.target().string() + ": cannot write: the SVG could not be started");
}

QFont exportFont(qreal pixels, bool bold) {
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(std::max(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

DiagramView::DiagramView(const Design& design, std::optional<Network> network)
    : design_(design)
    , network_(network)
    , scene_(std::make_unique<DesignScene>(design)) {
    std::set<RackId> racks_shown;
    for (const Device& device : design.devices().items()) {
        const bool shown = !network || design.hasPortOn(device, *network);
        scene_->deviceItem(device.id)->setVisible(shown);
        if (!shown)
            continue;
        ++devices_[static_cast<std::size_t>(design.typeOf(device).category)];
        for (Network each : kNetworks)
            ported_[networkIndex(each)] = ported_[networkIndex(each)] || design.hasPortOn(device, each);
        racks_shown.insert(device.rack);
        bounds_ |= deviceRect(design, device);
        if (network && device.network == network)
            switch_rects_.push_back(deviceRect(design, device));
    }
    for (const Link& link : design.links().items())
        ++cables_[networkIndex(link.network)];
    for (Network each : kNetworks) {
        LinkLayerItem* layer = scene_->linkLayer(each);
        const bool shown = !network || each == *network;
        layer->setVisible(shown);
        if (shown)
            bounds_ |= layer->boundingRect();
    }
    for (QGraphicsItem* item : scene_->items()) {
        auto* rack = qgraphicsitem_cast<RackItem*>(item);
        if (!rack)
            continue;
        rack->setVisible(racks_shown.contains(rack->rackId()));
        // The frame holds the power bar above the cards; the margin below leaves room for its name tab.
        if (rack->isVisible())
            bounds_ |= rack->mapRectToScene(rack->frame());
    }
    bounds_ = bounds_.isEmpty()
                  ? QRectF(0, 0, 400, 300)
                  : bounds_.adjusted(-kDiagramMargin, -kDiagramMargin, kDiagramMargin, kDiagramMargin);
}

DiagramView::~DiagramView() = default;

QString DiagramView::networkCaption() const {
    // In the UI's language when the studio exports (the CLI has no translator: English).
    return network_ ? QCoreApplication::translate("cs::DiagramView", "%1 network")
                          .arg(networkStyle(*network_).label)
                    : QCoreApplication::translate("cs::DiagramView", "All networks");
}

const DiagramBlocks& DiagramView::blocks() const {
    if (!blocks_)
        blocks_ = diagramBlocks(design_, network_);
    return *blocks_;
}

QRectF DiagramView::diagramArea(const QRectF& sheet, SheetDetail detail) const {
    return sheet.adjusted(0, kTitleBlockHeight + kBandGap, 0,
                          -(legendHeight(sheet.width(), detail) + kBandGap));
}

qreal DiagramView::legendHeight(qreal width, SheetDetail detail) const {
    return legend(nullptr, QRectF(0, 0, width, 0), detail);
}

std::vector<QRectF> DiagramView::rackHeaders(const QRectF& source, const QRectF& target, qreal scale) const {
    std::vector<QRectF> headers;
    for (QGraphicsItem* item : scene_->items(source)) {
        const auto* rack = qgraphicsitem_cast<RackItem*>(item);
        if (!rack || !rack->isVisible())
            continue;
        for (const QRectF& part : {rack->headerBand(), rack->tabRect(scale)}) {
            const QRectF header = rack->mapRectToScene(part) & source;
            if (!header.isEmpty())
                headers.emplace_back(target.topLeft() + (header.topLeft() - source.topLeft()) * scale,
                                     header.size() * scale);
        }
    }
    return headers;
}

SheetGeometry DiagramView::paintSheet(QPainter& painter, const QRectF& sheet, const QRectF& source,
                                      const QString& title, const QString& sheetLabel,
                                      SheetDetail detail) const {
    const QRectF area = diagramArea(sheet, detail);
    SheetGeometry geometry;
    geometry.scale = std::min(area.width() / source.width(), area.height() / source.height());
    const QSizeF drawn = source.size() * geometry.scale;
    // Centred horizontally, at the top of the area: the legend stays close below a short diagram.
    geometry.diagram =
        QRectF(area.left() + (area.width() - drawn.width()) / 2, area.top(), drawn.width(), drawn.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (detail == SheetDetail::Devices) {
        scene_->render(&painter, geometry.diagram, source, Qt::KeepAspectRatio);
        geometry.headers = rackHeaders(source, geometry.diagram, geometry.scale);
    } else {
        // A schematic: the canvas's width across the area, its rows of blocks stacked down it.
        geometry.diagram = area;
        geometry.scale = area.width() / source.width();
        painter.setClipRect(geometry.diagram);
        geometry.headers = paintBlocks(painter, blocks(), layOutBlocks(blocks(), source, area));
    }
    painter.restore();
    paintTitleBlock(painter, QRectF(sheet.topLeft(), QSizeF(sheet.width(), kTitleBlockHeight)), title,
                    geometry.scale, sheetLabel);
    const qreal legendHeight = this->legendHeight(sheet.width(), detail);
    geometry.legend = QRectF(sheet.left(), sheet.bottom() - legendHeight, sheet.width(), legendHeight);
    legend(&painter, geometry.legend, detail);
    return geometry;
}

void DiagramView::paintTitleBlock(QPainter& painter, const QRectF& area, const QString& title, qreal scale,
                                  const QString& sheetLabel) const {
    painter.save();
    painter.setPen(kInk);
    painter.setFont(exportFont(kTitlePixels, true));
    const QRectF titleRect(area.left(), area.top(), area.width(), kTitlePixels * 1.5);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(title, Qt::ElideRight, qRound(area.width() / 2)));
    // The sheet's label on the title's row, right-aligned: the facts below fill their own line.
    if (!sheetLabel.isEmpty()) {
        painter.setPen(kMutedInk);
        painter.setFont(exportFont(kCaptionPixels, true));
        painter.drawText(
            titleRect, Qt::AlignRight | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(sheetLabel, Qt::ElideRight, qRound(area.width() / 2)));
    }
    const QString name = QString::fromStdString(design_.name);
    QStringList facts = {
        name == title ? QString() : name, networkCaption(), QDate::currentDate().toString(Qt::ISODate),
        QCoreApplication::translate("cs::DiagramView", "scale %1 of the canvas (1 unit = %2 mm)")
            .arg(percent(scale), QLocale::c().toString(scale * 25.4 / kCssDpi, 'g', 2))};
    facts.removeAll(QString());
    painter.setPen(kMutedInk);
    painter.setFont(exportFont(kCaptionPixels));
    const QRectF factsRect(area.left(), titleRect.bottom() + 4, area.width(), kCaptionPixels * 1.6);
    painter.drawText(factsRect, Qt::AlignLeft | Qt::AlignVCenter, facts.join(QStringLiteral("  ·  ")));
    painter.setPen(QPen(kRule, 1));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    painter.restore();
}

qreal DiagramView::legend(QPainter* painter, const QRectF& area, SheetDetail detail) const {
    if (painter) {
        painter->save();
        painter->setPen(QPen(kRule, 1));
        painter->drawLine(area.topLeft(), area.topRight());
    }
    const QFont font = exportFont(kLegendPixels), bold = exportFont(kLegendPixels, true);
    const QFontMetricsF metrics(font);
    const QLocale locale = QLocale::c();
    const qreal indent = area.left() + kLegendIndent;
    qreal y = area.top() + kLegendPadding;
    qreal x = indent;

    // A row heading starts a new row; an entry (its swatch, then its text) wraps to a new row at the indent
    // when it would cross the right edge.
    auto heading = [&](const QString& text) {
        if (x > indent)
            y += kLegendRowHeight;
        x = indent;
        if (painter) {
            painter->setPen(kInk);
            painter->setFont(bold);
            painter->drawText(QRectF(area.left(), y, kLegendIndent - kSwatchGap, kLegendRowHeight),
                              Qt::AlignVCenter, text);
        }
    };
    auto entry = [&](const QString& text, const auto& swatch) {
        const qreal width = kSwatchWidth + kSwatchGap + metrics.horizontalAdvance(text) + 2;
        if (x > indent && x + width > area.right()) {
            y += kLegendRowHeight;
            x = indent;
        }
        if (painter) {
            swatch(QRectF(x, y, kSwatchWidth, kLegendRowHeight));
            painter->setPen(kInk);
            painter->setFont(font);
            painter->drawText(QRectF(x + kSwatchWidth + kSwatchGap, y, width, kLegendRowHeight),
                              Qt::AlignVCenter, text);
        }
        x += width + kEntryGap;
    };
    auto line = [&](const QColor& color, qreal width) {
        return [=](const QRectF& box) {
            painter->setPen(QPen(color, width));
            painter->drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        };
    };
    auto block = [&](const QBrush& brush) {
        return [=](const QRectF& box) {
            const qreal height = box.height() * 0.55;
            painter->setPen(Qt::NoPen);
            painter->setBrush(brush);
            painter->drawRoundedRect(QRectF(box.left(), box.center().y() - height / 2, box.width(), height),
                                     2, 2);
        };
    };

    heading(QCoreApplication::translate("cs::DiagramView", "Networks"));
    for (Network network : kNetworks) {
        // A network no shown device has a port for (NVLink on HGX servers) is not listed.
        if ((network_ && network != *network_) ||
            (cables_[networkIndex(network)] == 0 && !ported_[networkIndex(network)]))
            continue;
        const NetworkStyle& style = networkStyle(network);
        entry(QCoreApplication::translate("cs::DiagramView", "%1 (%2 cables)")
                  .arg(style.label, locale.toString(qulonglong(cables_[networkIndex(network)]))),
              line(style.color, 3));
    }
    heading(QCoreApplication::translate("cs::DiagramView", "Devices"));
    for (DeviceCategory category : kDeviceCategories) {
        if (devices_[static_cast<std::size_t>(category)] == 0)
            continue;
        const CategoryStyle& style = categoryStyle(category);
        entry(style.label + QStringLiteral(" (%1)").arg(
                                locale.toString(qulonglong(devices_[static_cast<std::size_t>(category)]))),
              block(style.accent));
    }
    if (detail == SheetDetail::Blocks) {
        heading(QCoreApplication::translate("cs::DiagramView", "Blocks"));
        entry(QCoreApplication::translate("cs::DiagramView",
                                          "a rack, or switches side by side: name and devices"),
              block(QColor(0xF1, 0xF5, 0xF9)));
        entry(QCoreApplication::translate(
                  "cs::DiagramView", "the cables between two blocks, one line per network, wider for more"),
              line(kMutedInk, 4));
    }
    if (painter)
        painter->restore();
    return y + kLegendRowHeight + kLegendPadding - area.top();
}

std::optional<DiagramFormat> diagramFormatOf(const std::filesystem::path& path) {
    const std::string extension = path.extension().string();
    if (extension == ".svg")
        return DiagramFormat::Svg;
    if (extension == ".png")
        return DiagramFormat::Png;
    if (extension == ".pdf")
        return DiagramFormat::Pdf;
    return std::nullopt;
}

namespace {

// The sheet around a view drawn `scale` times its bounds, in CSS pixels.
QSizeF sheetSize(const DiagramView& view, qreal scale) {
    const qreal width = std::max(view.bounds().width() * scale, kMinSheetWidth);
    return {width + 2 * kSheetMargin, view.bounds().height() * scale + kTitleBlockHeight +
                                          view.legendHeight(width) + 2 * kBandGap + 2 * kSheetMargin};
}

QRectF innerSheet(const QSizeF& size) {
    return QRectF(QPointF(0, 0), size).adjusted(kSheetMargin, kSheetMargin, -kSheetMargin, -kSheetMargin);
}

QString fileName(const AtomicFile& file) {
    return QFile::decodeName(file.temporaryPath().c_str());
}

[[noreturn]] void failRendering(const std::filesystem::path& output, const char* what) {
    throw InputError(output.string() + ": cannot write: " + what);
}

DiagramExport exportSvg(const DiagramView& view, const AtomicFile& file, const QString& title) {
    const QSizeF size = sheetSize(view, 1);
    QSvgGenerator svg;
    QPainter painter;
    beginSvg(svg, painter, size, title, QStringLiteral("ClusterStudio diagram: ") + view.networkCaption(),
             file);
    const qreal scale = view.paintSheet(painter, innerSheet(size), view.bounds(), title).scale;
    painter.end();
    return {1, {}, scale};
}

DiagramExport exportPng(const DiagramView& view, const AtomicFile& file, const QString& title, int dpi) {
    const qreal pixelsPerUnit = dpi / kCssDpi;
    const QSizeF full = sheetSize(view, 1) * pixelsPerUnit;
    // Shrink the diagram (not the title block and legend) until the image is within the limits.
    qreal scale = std::min({1.0, kMaxPngSide / full.width(), kMaxPngSide / full.height(),
                            std::sqrt(kMaxPngPixels / (full.width() * full.height()))});
    QSizeF size = sheetSize(view, scale);
    while (scale > 0 &&
           (size.width() * pixelsPerUnit > kMaxPngSide || size.height() * pixelsPerUnit > kMaxPngSide ||
            size.width() * size.height() * pixelsPerUnit * pixelsPerUnit > kMaxPngPixels)) {
        scale *= 0.95;
        size = sheetSize(view, scale);
    }
    QImage image((size * pixelsPerUnit).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        failRendering(file.target(), "not enough memory for the image");
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.scale(pixelsPerUnit, pixelsPerUnit);
    const qreal drawn =
        view.paintSheet(painter, innerSheet(size), view.bounds(), title, QStringLiteral("%1 dpi").arg(dpi))
            .scale;
    painter.end();
    QImageWriter writer(fileName(file), "png");
    if (!writer.write(image))
        failRendering(file.target(), writer.errorString().toUtf8().constData());
    return {1, image.size(), drawn};
}

DiagramExport exportPdf(const DiagramView& view, const AtomicFile& file, const QString& title) {
    QPdfWriter pdf(fileName(file));
    QPainter painter;
    beginPdf(pdf, painter, title, file);
    const QRectF sheet(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    const QRectF area = view.diagramArea(sheet);
    const QRectF bounds = view.bounds();
    const qreal fitScale = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    const bool tiled = fitScale < kLegibleScale;
    DiagramExport result;
    // The overview of a tiled diagram is drawn at block level: its device names would be unreadable.
    result.scale = view.paintSheet(painter, sheet, bounds, title,
                                   tiled ? QCoreApplication::translate("cs::DiagramView", "sheet 1: overview")
                                         : QString(),
                                   tiled ? SheetDetail::Blocks : SheetDetail::Devices)
                       .scale;
    if (tiled) {
        // Tiles at a legible scale; a diagram too large for kMaxTiles of them gets a smaller one.
        qreal tileScale = kLegibleScale;
        int columns = 0, rows = 0;
        do {
            columns = static_cast<int>(std::ceil(bounds.width() * tileScale / area.width()));
            rows = static_cast<int>(std::ceil(bounds.height() * tileScale / area.height()));
            if (columns * rows > kMaxTiles)
                tileScale *= 0.9;
        } while (columns * rows > kMaxTiles);
        const QSizeF tile(area.width() / tileScale, area.height() / tileScale);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                pdf.newPage();
                const QRectF source(bounds.left() + column * tile.width(), bounds.top() + row * tile.height(),
                                    tile.width(), tile.height());
                view.paintSheet(
                    painter, sheet, source, title,
                    QCoreApplication::translate("cs::DiagramView", "sheet %1: row %2 of %3, column %4 of %5")
                        .arg(result.pages + 1)
                        .arg(row + 1)
                        .arg(rows)
                        .arg(column + 1)
                        .arg(columns));
                ++result.pages;
            }
        }
    }
    painter.end();
    return result;
}

} // namespace

DiagramExport exportDiagram(const Design& design, const std::filesystem::path& output,
                            const DiagramOptions& options) {
    const std::optional<DiagramFormat> format = diagramFormatOf(output);
    if (!format)
        throw InputError(output.string() + ": unknown diagram format: use .svg, .png or .pdf");
    if (options.dpi < kMinDpi || options.dpi > kMaxDpi)
        throw InputError("--dpi: expected " + std::to_string(kMinDpi) + " to " + std::to_string(kMaxDpi) +
                         ", not " + std::to_string(options.dpi));
    AtomicFile file(output); // an unwritable place is reported before the rendering
    const DiagramView view(design, options.network);
    const QString title = options.title.isEmpty() ? QString::fromStdString(design.name) : options.title;
    DiagramExport result;
    switch (*format) {
    case DiagramFormat::Svg:
        result = exportSvg(view, file, title);
        break;
    case DiagramFormat::Png:
        result = exportPng(view, file, title, options.dpi);
        break;
    case DiagramFormat::Pdf:
        result = exportPdf(view, file, title);
        break;
    }
    file.commit();
    return result;
}

} // namespace cs
