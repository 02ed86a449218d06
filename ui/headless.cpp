#include "headless.h"

#include <QApplication>

namespace cs {

void ensureHeadlessApplication() {
    if (QCoreApplication::instance())
        return;
    // The CLI renders without a display, whatever the environment says.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "cluster-studio";
    static char* argv[] = {name, nullptr};
    // Never deleted: Qt's own globals may be gone by the time static destructors run at exit.
    new QApplication(argc, argv);
}

} // namespace cs
