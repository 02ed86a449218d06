#pragma once

// The report's words as messages: core writes each text as an English template with %1..%n and its
// arguments, so that a renderer in another language can translate the template and fill the arguments in
// again. Core stays free of Qt: the UI passes the translation in (QCoreApplication::translate, reportlocale).

#include <algorithm>
#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// An English message template and its translation context ("cs::Report"), as lupdate and QTranslator see it.
struct ReportTemplate {
    const char* context = "";
    const char* source = "";
};

// Every template the linked code can emit (each CS_REPORT_TEXT registers itself at start-up), sorted, once
// each.
std::vector<ReportTemplate> reportTemplates();

namespace detail {

template <std::size_t N> struct FixedText {
    char chars[N]{};
    constexpr FixedText(const char (&text)[N]) { std::copy_n(text, N, chars); }
};

bool registerReportTemplate(ReportTemplate message);

template <FixedText context, FixedText source> struct RegisteredReportTemplate {
    static const bool registered;
};
template <FixedText context, FixedText source>
const bool RegisteredReportTemplate<context, source>::registered = registerReportTemplate({context.chars,
                                                                                           source.chars});

template <FixedText context, FixedText source> constexpr ReportTemplate reportTemplate() {
    static_cast<void>(&RegisteredReportTemplate<context, source>::registered); // instantiated: registered
    return {context.chars, source.chars};
}

} // namespace detail

// A translatable template. lupdate collects it as QT_TRANSLATE_NOOP(context, source) (ui/CMakeLists.txt
// passes -tr-function-alias QT_TRANSLATE_NOOP+=CS_REPORT_TEXT), so both arguments must be string literals.
#define CS_REPORT_TEXT(context, source) (::cs::detail::reportTemplate<context, source>())

// `source` with %1..%9 replaced by `arguments` (%1 the first); a % not followed by a used number stays.
std::string substituteArguments(std::string_view source, const std::vector<std::string>& arguments);

// A text of the report: a template with its arguments (themselves texts), or verbatim text (a name, a
// figure). Words must come from CS_REPORT_TEXT: a bare string literal does not convert, so none is left
// untranslated.
class ReportText {
public:
    ReportText() = default;
    ReportText(std::string verbatim)
        : text_(std::move(verbatim)) {}
    ReportText(const char*) = delete;
    ReportText(ReportTemplate message, std::vector<ReportText> arguments = {});

    const std::string& str() const { return text_; }
    operator const std::string&() const { return text_; }
    bool empty() const { return text_.empty(); }

    // The template; none for verbatim text.
    const std::optional<ReportTemplate>& message() const { return message_; }
    const std::vector<ReportText>& arguments() const { return arguments_; }

    // This text in another language: `translate` gives a template's text in it (with the same %1..%n), and
    // each argument is localized the same way. Verbatim text stays.
    using Translate = std::function<std::string(const ReportTemplate&)>;
    ReportText localized(const Translate& translate) const;

    friend bool operator==(const ReportText& text, std::string_view other) { return text.text_ == other; }
    friend std::ostream& operator<<(std::ostream& out, const ReportText& text) { return out << text.text_; }

private:
    std::string text_; // as shown: English, or the language localized() was given
    std::optional<ReportTemplate> message_;
    std::vector<ReportText> arguments_;
};

// The parts as one list, "a, b, c" (translatable: each ", " is a template).
ReportText listText(const std::vector<ReportText>& parts);

} // namespace cs
