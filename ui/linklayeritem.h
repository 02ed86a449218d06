#pragma once

#include "model/cable_routes.h"
#include "model/network.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QPen>
#include <QPolygonF>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace cs {

// All the cables of one network, drawn as one item: one entry in the scene index, however many cables there
// are (thousands of separate cable items make the scene index the bottleneck: docs/architecture.md §Figures
// and targets). The cables run along their routes (core's routeCables()); cables that share a stretch of
// channel are drawn as one bundle, wider with more cables, labelled "32 × 400G" when there is room. Each
// repaint draws only the bundles crossing the exposed area. Which cable is under the mouse is a question for
// the routes.
class LinkLayerItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    // One bundle as drawn: its stretch of channel, its cables and their speed.
    struct Stroke {
        QLineF line;
        std::uint32_t cables = 0;
        int gbps = 0; // 0: mixed speeds
    };

    explicit LinkLayerItem(Network network);

    Network network() const { return network_; }
    int cableCount() const { return static_cast<int>(route_begin_.empty() ? 0 : route_begin_.size() - 1); }
    // A cable's route as drawn now (by its place in the order of the design's links of this network): its
    // corners, or a straight line while a drag moves it.
    QPolygonF route(std::size_t index) const;
    const std::vector<Stroke>& strokes() const { return strokes_; }
    // The label a bundle carries when there is room: "32 × 400G".
    static QString strokeLabel(const Stroke& stroke);
    // Replaces the drawn cables with the network's routes.
    void setRoutes(const NetworkRoutes& routes);
    // The cable (by its place) nearest the point within `tolerance` scene units, and how near it is.
    std::optional<std::pair<std::size_t, qreal>> nearestCable(QPointF point, qreal tolerance) const;
    // Moves one cable (by its place) to a straight line: cheap enough for every frame of a drag. The bundles
    // stay where they were until setRoutes().
    void moveCable(std::size_t index, const QLineF& line);
    // While a drag is under way, a large layer is drawn without smoothing; setRoutes() ends that.
    void setDraft(bool draft);
    // On screen, a large layer keeps its drawing in a pixmap (repaints that do not touch its cables blit
    // it). Off by default: exports render the scene to SVG/PDF, which must get vector lines.
    void setCached(bool cached);
    // Dimmed: one faint pixel per bundle, behind the devices and the other networks (CableDisplay::Dimmed).
    // The heat overlay is drawn in full all the same: it is what the user asked to see.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return dimmed_; }
    // Heat mode: each cable's heat bucket (heatstyle.h), by place; a bundle is drawn in its hottest cable's
    // colour, the hottest bundles on top. An empty vector brings back the network's colour. Recolouring sorts
    // the bundles once per new estimate, never on a repaint.
    void setHeat(std::vector<std::uint8_t> buckets);
    bool heatShown() const { return !buckets_.empty(); }
    const std::vector<std::uint8_t>& heatBuckets() const { return buckets_; }
    // The colour a cable is drawn in now: its bucket's in heat mode, else the network's.
    QColor cableColor(std::size_t index) const;
    // The bucket each bundle is drawn in: its hottest cable's; empty when the heat is not shown.
    const std::vector<std::uint8_t>& strokeBuckets() const { return stroke_buckets_; }

    // Whether the layer's bundles carry labels at `zoom`: shown, not dimmed (unless the heat is shown), and
    // not a large layer seen from afar.
    bool labelsShown(qreal zoom) const;
    // How far a label reaches beyond the stretch it names, in scene units (at most).
    static qreal labelReach();
    // Labels for the bundles crossing `exposed`, each wholly inside `within` and clear of the `drawn` ones
    // (every network's so far in this repaint), which it joins. BundleLabelsItem calls it for every layer.
    void drawLabels(QPainter* painter, const QRectF& exposed, const QRectF& within, qreal zoom,
                    std::vector<QRectF>& drawn) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    // Bundles drawn with one pen: their lines are lines_[begin, end).
    struct Batch {
        std::uint8_t bucket = 0;
        std::uint8_t width = 0; // width class, by the bundles' cable counts
        std::uint32_t begin = 0, end = 0;
    };

    const QPen& thinPen() const;
    const QPen& dimmedPen() const;
    void applyCacheMode();
    void findStrokeBuckets();
    void sortIntoBatches();
    void drawBatch(QPainter* painter, const QLineF* lines, std::size_t count, const QRectF& exposed) const;

    Network network_;
    mutable QPen thin_pen_{Qt::NoPen};              // the network's pen at one pixel, made on first use
    mutable QPen dimmed_pen_{Qt::NoPen};            // and pale
    std::vector<QPointF> points_;                   // every route's corners, one route after the other
    std::vector<std::uint32_t> route_begin_;        // route i: points_[route_begin_[i], route_begin_[i + 1])
    std::unordered_map<std::size_t, QLineF> moved_; // cables a drag moves, drawn straight
    std::vector<Stroke> strokes_;
    // By point: the strokes the stretch from that point to the next runs along (NetworkRoutes).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stretch_strokes_;
    std::vector<std::uint8_t> stroke_buckets_; // by stroke, in heat mode
    std::vector<QLineF> lines_;                // the strokes' lines, sorted into batches
    std::vector<Batch> batches_;
    QRectF bounds_;
    bool draft_ = false;
    bool cached_ = false;
    bool dimmed_ = false;
    std::vector<std::uint8_t> buckets_; // per cable; empty: the network's colour
};

} // namespace cs
