#include "bundlelabelsitem.h"

#include "linklayeritem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cs {

BundleLabelsItem::BundleLabelsItem(std::array<LinkLayerItem*, kNetworkCount> layers)
    : layers_(layers) {
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // paint() needs the exposed rectangle
}

void BundleLabelsItem::setArea(const QRectF& area) {
    prepareGeometryChange();
    area_ = area;
}

void BundleLabelsItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) {
    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal reach = LinkLayerItem::labelReach();
    const QRectF exposed = option->exposedRect.adjusted(-reach, -reach, reach, reach);
    // On screen a label may stand out of the repainted area (the rest of it is on screen already); an export
    // draws only the labels wholly inside what it shows.
    const QRectF shown =
        painter->hasClipping() ? option->exposedRect & painter->clipBoundingRect() : option->exposedRect;
    drawn_.clear();
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing);
    for (const LinkLayerItem* layer : layers_)
        if (layer->labelsShown(zoom))
            layer->drawLabels(painter, exposed, widget ? exposed : shown, zoom, drawn_);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace cs
