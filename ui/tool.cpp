#include "tool.h"

#include "designscene.h"
#include "designview.h"

namespace cs {

Tool::Tool(DesignDocument* document, DesignView* view)
    : QObject(view)
    , document_(document)
    , view_(view) {}

DesignScene* Tool::scene() const {
    return static_cast<DesignScene*>(view_->scene());
}

} // namespace cs
