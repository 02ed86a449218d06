#include "placetool.h"

#include "categorystyle.h"
#include "commands/commands.h"
#include "designview.h"
#include "document.h"

#include <QMouseEvent>
#include <array>

namespace cs {

PlaceTool::PlaceTool(DesignDocument* document, DesignView* view)
    : Tool(document, view) {}

void PlaceTool::setType(const std::string& type, std::optional<Network> network) {
    type_ = type;
    network_ = network;
}

void PlaceTool::mousePressed(QMouseEvent* event, QPointF scenePos) {
    if (event->button() != Qt::LeftButton || type_.empty())
        return;
    QString error;
    if (!placeDevice(document_, type_, network_, scenePos, !(event->modifiers() & Qt::AltModifier), &error))
        emit refused(tr("Cannot place the device: %1").arg(error));
}

void PlaceTool::mouseMoved(QMouseEvent*, QPointF) {}

void PlaceTool::mouseReleased(QMouseEvent*, QPointF) {}

bool placeDevice(DesignDocument* document, const std::string& type, std::optional<Network> network,
                 QPointF centre, bool snap, QString* error) {
    const DeviceType* deviceType = document->library().device(type);
    if (!deviceType) {
        if (error)
            *error = PlaceTool::tr("The catalog has no device type “%1”.").arg(QString::fromStdString(type));
        return false;
    }
    // The point is the card's centre, as the user sees the card under the cursor.
    const QSizeF size = categoryStyle(deviceType->category).size;
    QPointF corner = centre - QPointF(size.width() / 2, size.height() / 2);
    if (snap)
        corner = snapToGrid(corner);
    const DeviceId id = document->design().devices().nextId();
    const std::array at{corner};
    if (!OperationCommand::execute(document, addDevices(document, type, network, at), error))
        return false;
    document->setSelection({{id}, {}});
    return true;
}

} // namespace cs
