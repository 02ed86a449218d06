#include "base/report_text.h"

#include <tuple>

namespace cs {

namespace {

std::vector<ReportTemplate>& registry() {
    static std::vector<ReportTemplate> templates;
    return templates;
}

} // namespace

namespace detail {

bool registerReportTemplate(ReportTemplate message) {
    registry().push_back(message);
    return true;
}

} // namespace detail

std::vector<ReportTemplate> reportTemplates() {
    std::vector<ReportTemplate> templates = registry();
    auto key = [](const ReportTemplate& t) {
        return std::tuple(std::string_view(t.context), std::string_view(t.source));
    };
    std::sort(templates.begin(), templates.end(),
              [&](const ReportTemplate& a, const ReportTemplate& b) { return key(a) < key(b); });
    templates.erase(
        std::unique(templates.begin(), templates.end(),
                    [&](const ReportTemplate& a, const ReportTemplate& b) { return key(a) == key(b); }),
        templates.end());
    return templates;
}

std::string substituteArguments(std::string_view source, const std::vector<std::string>& arguments) {
    std::string text;
    text.reserve(source.size());
    for (std::size_t i = 0; i < source.size(); ++i) {
        const bool placeholder = source[i] == '%' && i + 1 < source.size() && source[i + 1] >= '1' &&
                                 source[i + 1] <= '9' &&
                                 static_cast<std::size_t>(source[i + 1] - '1') < arguments.size();
        if (!placeholder) {
            text += source[i];
            continue;
        }
        text += arguments[static_cast<std::size_t>(source[i + 1] - '1')];
        ++i;
    }
    return text;
}

ReportText::ReportText(ReportTemplate message, std::vector<ReportText> arguments)
    : message_(message)
    , arguments_(std::move(arguments)) {
    std::vector<std::string> texts;
    for (const ReportText& argument : arguments_)
        texts.push_back(argument.text_);
    text_ = substituteArguments(message.source, texts);
}

ReportText ReportText::localized(const Translate& translate) const {
    if (!message_)
        return *this;
    ReportText result = *this;
    std::vector<std::string> texts;
    for (ReportText& argument : result.arguments_) {
        argument = argument.localized(translate);
        texts.push_back(argument.text_);
    }
    result.text_ = substituteArguments(translate(*message_), texts);
    return result;
}

ReportText listText(const std::vector<ReportText>& parts) {
    if (parts.empty())
        return std::string();
    ReportText list = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i)
        list = ReportText(CS_REPORT_TEXT("cs::Report", "%1, %2"), {list, parts[i]});
    return list;
}

} // namespace cs
