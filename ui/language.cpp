#include "language.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace cs {

namespace {

const QString kChinese = QStringLiteral("zh_CN");
const QString kEnglish = QStringLiteral("en");

QTranslator& studioTranslator() {
    static QTranslator translator;
    return translator;
}

QTranslator& qtTranslator() {
    static QTranslator translator;
    return translator;
}

QString& applied() {
    static QString language = kEnglish;
    return language;
}

} // namespace

QString savedLanguage() {
    const QString choice = QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
    return choice == kEnglish || choice == kChinese ? choice : QStringLiteral("system");
}

void saveLanguage(const QString& choice) {
    QSettings().setValue(QStringLiteral("language"), choice);
}

QString resolveLanguage(const QString& choice) {
    if (choice == kEnglish || choice == kChinese)
        return choice;
    return QLocale::system().language() == QLocale::Chinese ? kChinese : kEnglish;
}

bool applyLanguage(const QString& language) {
    QCoreApplication::removeTranslator(&studioTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    static const QStringList defaultFamilies = QApplication::font().families();
    QFont font = QApplication::font();
    if (language != kChinese) {
        if (applied() == kChinese) { // only undo what Chinese changed
            font.setFamilies(defaultFamilies);
            QApplication::setFont(font);
        }
        applied() = kEnglish;
        return language == kEnglish;
    }
    // The .qm is built by lrelease from resources/translations/ and embedded under :/i18n.
    if (!studioTranslator().load(QStringLiteral(":/i18n/clusterstudio_zh_CN.qm")))
        return false;
    QCoreApplication::installTranslator(&studioTranslator());
    // Qt's own dialogs and buttons (OK/Cancel, the file dialogs): Qt's translation, embedded by the build.
    if (qtTranslator().load(QStringLiteral(":/i18n/qtbase_zh_CN.qm")))
        QCoreApplication::installTranslator(&qtTranslator());
    QStringList families{QStringLiteral("Noto Sans CJK SC")};
    for (const QString& family : defaultFamilies)
        if (!families.contains(family))
            families << family;
    font.setFamilies(families);
    QApplication::setFont(font);
    applied() = kChinese;
    return true;
}

QString currentLanguage() {
    return applied();
}

} // namespace cs
