#pragma once

#include "cablegeometry.h"
#include "model/network.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QPen>
#include <cstdint>
#include <vector>

namespace cs {

// All the cables of one network, drawn as one item: one entry in the scene index, however many cables there
// are (thousands of separate cable items make the scene index the bottleneck: docs/architecture.md §Figures
// and targets). Each repaint draws only the segments crossing the exposed area. Which cable is under the
// mouse is a question for the model.
class LinkLayerItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    explicit LinkLayerItem(Network network);

    Network network() const { return network_; }
    // The drawn segments, in the order of the design's links of this network.
    const std::vector<QLineF>& lines() const { return lines_; }
    int cableCount() const { return cables_; }
    // Replaces the drawn cables, in the order of the design's links of this network.
    void setCables(CableBundle bundle);
    // Moves one cable (by its place in that order): cheap enough for every frame of a drag.
    void moveCable(std::size_t index, const QLineF& line);
    // While a drag is under way, a large layer is drawn without smoothing; setCables() ends that.
    void setDraft(bool draft);
    // On screen, a large layer keeps its drawing in a pixmap (repaints that do not touch its cables blit
    // it). Off by default: exports render the scene to SVG/PDF, which must get vector lines.
    void setCached(bool cached);
    // Dimmed: one faint pixel per cable, behind the devices and the other networks (CableDisplay::Dimmed).
    // The heat overlay is drawn in full all the same: it is what the user asked to see.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return dimmed_; }
    // Heat mode: each cable's heat bucket (heatstyle.h), in the order of lines(); the layer then draws one
    // batch of lines per bucket, the hottest on top. An empty vector brings back the network's colour.
    // Recolouring is a counting sort of the cables, done once per new estimate, never on a repaint.
    void setHeat(std::vector<std::uint8_t> buckets);
    bool heatShown() const { return !buckets_.empty(); }
    const std::vector<std::uint8_t>& heatBuckets() const { return buckets_; }
    // The colour a cable is drawn in now: its bucket's in heat mode, else the network's.
    QColor cableColor(std::size_t index) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const QPen& thinPen() const;
    const QPen& dimmedPen() const;
    void applyCacheMode();
    void groupByBucket();
    void drawBatch(QPainter* painter, const QLineF* lines, std::size_t count, const QRectF& exposed) const;

    Network network_;
    mutable QPen thin_pen_{Qt::NoPen};   // the network's pen at one pixel, made on first use
    mutable QPen dimmed_pen_{Qt::NoPen}; // and pale
    std::vector<QLineF> lines_;
    QRectF bounds_;
    int cables_ = 0;
    bool draft_ = false;
    bool cached_ = false;
    bool dimmed_ = false;
    std::vector<std::uint8_t> buckets_;       // per cable; empty: the network's colour
    std::vector<QLineF> heat_lines_;          // lines_ grouped by bucket, coldest first
    std::vector<std::uint32_t> heat_place_;   // a cable's place in heat_lines_
    std::vector<std::uint32_t> bucket_begin_; // each bucket's first place in heat_lines_, then the end
};

} // namespace cs
