#pragma once

#include "model/design.h"
#include "report/diagram_blocks.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QPdfWriter;
class QSvgGenerator;

namespace cs {

class AtomicFile;
class DesignScene;

// The fonts of exported sheets and reports: Latin text in DejaVu Sans, Chinese device names in Noto Sans CJK
// SC (Qt's own fallback may pick the Japanese variant).
QFont exportFont(qreal pixels, bool bold = false);

// Sets `pdf` up as every exported PDF is (A3 landscape, what plotters and presenters print, with 8 mm
// margins; one unit a CSS pixel, as in SVG and PNG), titled `title`, and begins `painter` on it. Throws
// InputError naming the file when the PDF cannot be started.
void beginPdf(QPdfWriter& pdf, QPainter& painter, const QString& title, const AtomicFile& file);
// The same for an SVG drawing of `size` CSS pixels, with its title and description.
void beginSvg(QSvgGenerator& svg, QPainter& painter, const QSizeF& size, const QString& title,
              const QString& description, const AtomicFile& file);

// What a sheet draws: every device (cards, names, cables), or blocks (racks and runs of switches as labelled
// blocks, the cables between them bundled per network: report/diagram_blocks.h) for a sheet too small for
// the names.
enum class SheetDetail : std::uint8_t { Devices, Blocks };

// Where a sheet's parts landed, in sheet units.
struct SheetGeometry {
    qreal scale = 1;             // sheet units per scene unit
    QRectF diagram;              // the part of the sheet the diagram took
    QRectF legend;               // the legend band at the bottom
    std::vector<QRectF> headers; // the racks' headers (name tab, power bar band) or the blocks' labels
};

// The whole design, or one network: its cables, the devices with a port on it and the racks holding them.
class DiagramView {
public:
    DiagramView(const Design& design, std::optional<Network> network);
    ~DiagramView();
    DiagramView(const DiagramView&) = delete;
    DiagramView& operator=(const DiagramView&) = delete;

    std::optional<Network> network() const { return network_; }
    // The part of the canvas shown, in scene units, with a margin.
    const QRectF& bounds() const { return bounds_; }
    // What the sheet says in its title block: "All networks" or the network's label.
    QString networkCaption() const;
    // The view at block level (computed on first use).
    const DiagramBlocks& blocks() const;
    // One network's view: where its switches are on the canvas, in scene units; empty for all networks.
    const std::vector<QRectF>& switchRects() const { return switch_rects_; }

    // One sheet: the title block (`title`, the design, the network, today's date, the scale and
    // `sheetLabel`), the `source` part of the canvas fitted below it at `detail`, and the legend at the
    // bottom, its entries wrapped into as many rows as the sheet's width needs.
    SheetGeometry paintSheet(QPainter& painter, const QRectF& sheet, const QRectF& source,
                             const QString& title, const QString& sheetLabel = {},
                             SheetDetail detail = SheetDetail::Devices) const;
    // The diagram area a sheet of this size leaves (between the title block and the legend).
    QRectF diagramArea(const QRectF& sheet, SheetDetail detail = SheetDetail::Devices) const;
    // The height of the legend on a sheet `width` wide.
    qreal legendHeight(qreal width, SheetDetail detail = SheetDetail::Devices) const;

private:
    void paintTitleBlock(QPainter& painter, const QRectF& area, const QString& title, qreal scale,
                         const QString& sheetLabel) const;
    // Lays the legend out in `area` (its top and width) and paints it when `painter` is given; returns its
    // height.
    qreal legend(QPainter* painter, const QRectF& area, SheetDetail detail) const;
    std::vector<QRectF> rackHeaders(const QRectF& source, const QRectF& target, qreal scale) const;

    const Design& design_;
    std::optional<Network> network_;
    std::unique_ptr<DesignScene> scene_;
    QRectF bounds_;
    std::vector<QRectF> switch_rects_;
    std::array<std::size_t, kNetworkCount> cables_{};
    std::array<bool, kNetworkCount> ported_{}; // a shown device has a port on the network
    std::array<std::size_t, kDeviceCategories.size()> devices_{};
    mutable std::optional<DiagramBlocks> blocks_;
};

enum class DiagramFormat : std::uint8_t { Svg, Png, Pdf };
// From the file name's extension (.svg, .png, .pdf); none for any other.
std::optional<DiagramFormat> diagramFormatOf(const std::filesystem::path& path);

struct DiagramOptions {
    std::optional<Network> network; // none: the whole design
    QString title;                  // empty: the design's name
    int dpi = 96;                   // PNG only
};

struct DiagramExport {
    int pages = 1;
    QSize pixels;    // PNG only
    qreal scale = 1; // of the diagram on the (first) sheet, sheet units per scene unit
};

// Exports the diagram, atomically (a temporary sibling renamed over `output`):
// - SVG: one sheet in CSS pixels, the diagram at 100 % (one scene unit = one pixel), vector;
// - PNG: the same sheet at `dpi`: pixels = sheet size x dpi / 96; a sheet beyond kMaxPngSide pixels a side or
//   kMaxPngPixels in all is drawn at a smaller scale, which its title block states;
// - PDF: A3 landscape sheets, vector. A diagram that fits one sheet at kLegibleScale (device names drawn) is
//   one sheet; a larger one gets an overview sheet at block level, then tiles at kLegibleScale, each labelled
//   with its row and column (at most kMaxTiles; beyond that the tiles' scale shrinks: export one network at a
//   time instead).
// Throws InputError for an unknown extension, a DPI out of range, or an unwritable output.
DiagramExport exportDiagram(const Design& design, const std::filesystem::path& output,
                            const DiagramOptions& options);

inline constexpr int kMinDpi = 24, kMaxDpi = 1200;
inline constexpr int kMaxPngSide = 16384; // pixels; QImage and viewers cope up to here
// 16.8 Mpx: a poster at 300 dpi. The 20,480-GPU design took 1.5 s at this size, 30 s at 122 Mpx (encoding).
inline constexpr qint64 kMaxPngPixels = 1LL << 24;
// Device cards draw their names from 55 % (deviceitem.cpp); 0.6 keeps 11-pixel text at 6.6 px.
inline constexpr qreal kLegibleScale = 0.6;
inline constexpr int kMaxTiles = 48;

} // namespace cs
