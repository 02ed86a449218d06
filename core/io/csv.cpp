#include "io/csv.h"

#include "base/input_error.h"
#include "base/utf8.h"

#include <algorithm>

namespace cs {

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string csvRow(const std::vector<std::string>& fields) {
    std::string row;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvField(fields[i]);
    }
    return row + "\r\n"; // RFC 4180 ends records with CRLF
}

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Splits the text into records of fields; a quoted field may hold commas, quotes (doubled) and line breaks.
class CsvScanner {
public:
    CsvScanner(std::string_view text, const std::string& file)
        : text_(text)
        , file_(file) {}

    // The next non-blank record; false at the end of the text.
    bool next(CsvRecord& record) {
        while (at_ < text_.size()) {
            record.line = line_;
            record.fields.clear();
            if (scanRecord(record.fields))
                return true;
        }
        return false;
    }

private:
    bool atLineEnd() const { return at_ == text_.size() || text_[at_] == '\n' || text_[at_] == '\r'; }

    // Reads one record up to and including its line end; false for a blank line.
    bool scanRecord(std::vector<std::string>& fields) {
        if (atLineEnd()) {
            skipLineEnd();
            return false;
        }
        while (true) {
            std::string field;
            if (text_[at_] == '"') {
                field = quoted();
                if (!atLineEnd() && text_[at_] != ',')
                    fail("text after the closing quote of a field");
            } else {
                while (!atLineEnd() && text_[at_] != ',')
                    field += text_[at_++];
            }
            fields.push_back(std::move(field));
            if (atLineEnd()) {
                skipLineEnd();
                return true;
            }
            ++at_; // the comma; a line end after it makes an empty last field
        }
    }

    std::string quoted() {
        const std::size_t startLine = line_;
        std::string value;
        ++at_; // the opening quote
        while (true) {
            if (at_ == text_.size())
                throw InputError(file_ + " line " + std::to_string(startLine) +
                                 ": unterminated quoted field");
            const char c = text_[at_++];
            if (c == '"') {
                if (at_ < text_.size() && text_[at_] == '"') {
                    value += '"';
                    ++at_;
                    continue;
                }
                return value;
            }
            if (c == '\n')
                ++line_;
            value += c;
        }
    }

    void skipLineEnd() {
        if (at_ < text_.size() && text_[at_] == '\r')
            ++at_;
        if (at_ < text_.size() && text_[at_] == '\n')
            ++at_;
        ++line_;
    }

    [[noreturn]] void fail(const std::string& what) const {
        throw InputError(file_ + " line " + std::to_string(line_) + ": " + what);
    }

    std::string_view text_;
    const std::string& file_;
    std::size_t at_ = 0;
    std::size_t line_ = 1;
};

} // namespace

CsvTable CsvTable::parse(std::string_view text, std::string file) {
    if (text.starts_with(kByteOrderMark))
        text.remove_prefix(kByteOrderMark.size());
    CsvTable table;
    table.file_ = std::move(file);
    if (const auto offset = invalidUtf8Offset(text)) {
        const auto line =
            std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(*offset), '\n') + 1;
        throw InputError(table.file_ + " line " + std::to_string(line) + ": not UTF-8 text (byte " +
                         std::to_string(*offset + 1) + ")");
    }
    CsvScanner scanner(text, table.file_);
    CsvRecord record;
    if (!scanner.next(record))
        throw InputError(table.file_ + ": no header line");
    table.header_ = std::move(record.fields);
    for (std::size_t i = 0; i < table.header_.size(); ++i) {
        if (table.header_[i].empty())
            throw InputError(table.file_ + " line 1: column " + std::to_string(i + 1) + " has no name");
        if (std::find(table.header_.begin(), table.header_.begin() + static_cast<std::ptrdiff_t>(i),
                      table.header_[i]) != table.header_.begin() + static_cast<std::ptrdiff_t>(i))
            throw InputError(table.file_ + " line 1: column '" + table.header_[i] + "' appears twice");
    }
    while (scanner.next(record)) {
        if (record.fields.size() != table.header_.size())
            throw InputError(table.file_ + " line " + std::to_string(record.line) + ": " +
                             std::to_string(record.fields.size()) + " fields, the header has " +
                             std::to_string(table.header_.size()));
        table.records_.push_back(std::move(record));
        record = {};
    }
    return table;
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
    auto it = std::find(header_.begin(), header_.end(), name);
    if (it == header_.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - header_.begin());
}

std::size_t CsvTable::requiredColumn(std::string_view name) const {
    if (auto index = column(name))
        return *index;
    throw InputError(file_ + " line 1: no column '" + std::string(name) + "'");
}

} // namespace cs
