#include "cabletool.h"

#include "base/input_error.h"
#include "commands/commands.h"
#include "designscene.h"
#include "designview.h"
#include "deviceitem.h"
#include "document.h"
#include "networkstyle.h"
#include "portchooser.h"
#include "topology/cabling.h"

#include <QMouseEvent>
#include <QPainter>

namespace cs {

CableTool::CableTool(DesignDocument* document, DesignView* view, Network network)
    : Tool(document, view)
    , network_(network) {}

void CableTool::mousePressed(QMouseEvent* event, QPointF scenePos) {
    if (event->button() != Qt::LeftButton)
        return;
    const DeviceItem* item = scene()->deviceAt(scenePos);
    if (!item)
        return;
    from_ = item->deviceId();
    from_point_ = item->sceneBoundingRect().center();
    to_point_ = scenePos;
}

void CableTool::mouseMoved(QMouseEvent* event, QPointF scenePos) {
    Q_UNUSED(event);
    if (from_ == 0)
        return;
    to_point_ = scenePos;
    view_->viewport()->update();
}

void CableTool::mouseReleased(QMouseEvent* event, QPointF scenePos) {
    if (from_ == 0)
        return;
    const DeviceId from = from_;
    from_ = 0;
    view_->viewport()->update();
    const DeviceItem* item = scene()->deviceAt(scenePos);
    if (!item || item->deviceId() == from)
        return; // released on the canvas or where it started: no cable meant
    QString error;
    try {
        Link link;
        if (event->modifiers() & Qt::ShiftModifier) { // the user picks the ports
            PortChooser chooser(document_->design(), from, item->deviceId(), network_, view_);
            if (chooser.exec() != QDialog::Accepted)
                return;
            link = planCable(document_->design(), chooser.endA(), chooser.endB(), network_,
                             document_->library());
        } else {
            link = planCable(document_->design(), from, item->deviceId(), network_, document_->library());
        }
        if (OperationCommand::execute(document_, addCables(document_, {{Add<Link>{link}}}, network_), &error))
            return;
    } catch (const InputError& e) {
        error = QString::fromStdString(e.what());
    }
    emit refused(tr("No %1 cable: %2").arg(networkDisplayName(network_), error));
}

void CableTool::paintOverlay(QPainter* painter) {
    if (from_ == 0)
        return;
    QPen pen = networkStyle(network_).pen;
    pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(from_point_, to_point_);
}

void CableTool::deactivate() {
    from_ = 0;
}

} // namespace cs
