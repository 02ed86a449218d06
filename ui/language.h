#pragma once

// The UI language: English or Simplified Chinese, chosen in View > Language and saved in QSettings
// "language" ("system", "en" or "zh_CN"); "system" follows QLocale::system().
#include <QString>

namespace cs {

// The saved choice: "system", "en" or "zh_CN".
QString savedLanguage();
void saveLanguage(const QString& choice);

// The language a choice resolves to: "zh_CN" or "en".
QString resolveLanguage(const QString& choice);

// Installs the translator for a resolved language ("en" removes it) and, for zh_CN, puts Noto Sans CJK SC
// first in the application font's families. Returns false when the translation cannot be loaded.
bool applyLanguage(const QString& language);

// The language now applied: "zh_CN" or "en".
QString currentLanguage();

} // namespace cs
