#pragma once

#include "model/aggregate_view.h"
#include "networkstyle.h"

#include <QGraphicsItem>
#include <QStaticText>
#include <memory>
#include <vector>

namespace cs {

// The design seen from afar, drawn as one item above the devices (core's aggregateView()): each collapsed
// block as a card where its devices stand, titled and with its key figures (GPUs, servers, racks, kW, the
// cables out); and, when the whole view is aggregated, the cables between two blocks as one bundle per
// network, labelled "256 × 400G". The texts are laid out once per view (QStaticText), so that a frame of a
// 131,072-GPU design draws a few hundred cards and lines.
class BlockLayerItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 7 };

    BlockLayerItem();

    const AggregateView* view() const { return view_.get(); }
    void setView(std::shared_ptr<const AggregateView> view);
    // Which blocks are drawn as cards (by block index); the others show their devices.
    void setCollapsed(std::vector<bool> collapsed);
    bool isCollapsed(std::size_t block) const { return block < collapsed_.size() && collapsed_[block]; }
    // Whether the bundles between blocks are drawn (the whole view is aggregated: the cables are not).
    void setBundlesShown(bool shown);
    // How each network's bundles are drawn, as the legend shows its cables: hidden networks are not; the
    // management networks' are drawn faint, without labels, so that the fabrics stand out.
    void setNetworkDisplay(Network network, CableDisplay display);
    bool bundlesShown() const { return bundles_shown_; }

    // Every block as a card, with the trunks and bundles between them, whatever is collapsed: the design
    // from afar, for a picture of it (the overview). `painter` maps scene units to the picture.
    void paintOverview(QPainter* painter) const;
    // The collapsed block at a scene point, if any.
    std::optional<std::size_t> collapsedBlockAt(QPointF scenePoint) const;
    // A block's title and its figures, one line each, in the UI's language.
    static QString title(const AggregateBlock& block);
    static QStringList figures(const AggregateBlock& block);
    // A bundle's or trunk's label, as the cable layers label theirs: "256 × 400G".
    static QString bundleLabel(std::size_t cables, int gbps);
    // Whether the bundle is drawn as itself: it is not part of a trunk (from a scalable unit to another kind
    // of block).
    bool drawnAlone(const AggregateBundle& bundle) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct Texts {
        QStaticText title;
        QStaticText small_title;              // for a card too low for the title
        std::vector<QStaticText> small_lines; // beside the small title, on a card too low for a line
        std::vector<QStaticText> lines;
    };
    // The path (scene units) from one box's side to the other's: straight across where they face each other,
    // else down (or up) from the upper box and across into the other's side; offset sideways by the
    // network's track at this zoom.
    static QPolygonF pathBetween(const Box& a, const Box& b, Network network, qreal zoom);
    // Each bundle drawn alone and each trunk: its path, network, cables and speed.
    struct Line {
        QPolygonF path;
        Network network;
        std::size_t cables;
        int gbps;
        bool trunk;
    };
    std::vector<Line> lines(qreal zoom) const;
    void paintLines(QPainter* painter, const std::vector<Line>& lines, const QRectF& exposed) const;
    void paintBlock(QPainter* painter, std::size_t block, qreal zoom, const QRectF& visible) const;
    void paintLabels(QPainter* painter, const std::vector<Line>& lines, const QRectF& exposed) const;

    std::shared_ptr<const AggregateView> view_;
    std::vector<bool> collapsed_;
    std::vector<Texts> texts_; // by block
    bool bundles_shown_ = false;
    std::array<CableDisplay, kNetworkCount> displays_{};
    QRectF bounds_;
};

} // namespace cs
