#include "io/json_reader.h"

#include "base/input_error.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

namespace cs {

using nlohmann::json;

JsonObjectReader::JsonObjectReader(const json& object, std::string path)
    : object_(object)
    , path_(std::move(path)) {
    if (!object_.is_object())
        throw InputError(path_ + ": expected an object");
}

std::string JsonObjectReader::pathOf(const char* key) const {
    return path_.empty() ? key : path_ + "." + key;
}

std::string JsonObjectReader::pathOf(const char* key, std::size_t index) const {
    return pathOf(key) + "[" + std::to_string(index) + "]";
}

void JsonObjectReader::fail(const char* key, const std::string& cause) const {
    throw InputError(pathOf(key) + ": " + cause);
}

bool JsonObjectReader::has(const char* key) const {
    return object_.contains(key);
}

const json* JsonObjectReader::find(const char* key) {
    auto it = object_.find(key);
    if (it == object_.end())
        return nullptr;
    taken_.insert(key);
    return &*it;
}

const json& JsonObjectReader::require(const char* key) {
    const json* value = find(key);
    if (!value)
        fail(key, "missing");
    return *value;
}

std::string JsonObjectReader::string(const char* key) {
    const json& value = require(key);
    if (!value.is_string())
        fail(key, "expected a string");
    return value.get<std::string>();
}

std::optional<std::string> JsonObjectReader::optionalString(const char* key) {
    if (!has(key))
        return std::nullopt;
    return string(key);
}

double JsonObjectReader::number(const char* key, double min, double max) {
    const json& value = require(key);
    if (!value.is_number())
        fail(key, "expected a number");
    const double number = value.get<double>();
    if (!std::isfinite(number) || number < min || number > max) {
        std::ostringstream cause;
        cause << number << " is out of range [" << min << ", " << max << "]";
        fail(key, cause.str());
    }
    return number;
}

std::optional<double> JsonObjectReader::optionalNumber(const char* key, double min, double max) {
    if (!has(key) || object_.at(key).is_null()) {
        find(key);
        return std::nullopt;
    }
    return number(key, min, max);
}

std::int64_t JsonObjectReader::integer(const char* key, std::int64_t min, std::int64_t max) {
    const json& value = require(key);
    if (!value.is_number_integer())
        fail(key, "expected an integer");
    const auto outOfRange = [&](const std::string& shown) {
        fail(key, shown + " is out of range [" + std::to_string(min) + ", " + std::to_string(max) + "]");
    };
    if (value.is_number_unsigned()) {
        const std::uint64_t number = value.get<std::uint64_t>();
        if (number > static_cast<std::uint64_t>(max))
            outOfRange(std::to_string(number));
    }
    const std::int64_t number = value.get<std::int64_t>();
    if (number < min || number > max)
        outOfRange(std::to_string(number));
    return number;
}

std::optional<std::int64_t> JsonObjectReader::optionalInteger(const char* key, std::int64_t min,
                                                              std::int64_t max) {
    if (!has(key))
        return std::nullopt;
    return integer(key, min, max);
}

bool JsonObjectReader::boolean(const char* key) {
    const json& value = require(key);
    if (!value.is_boolean())
        fail(key, "expected true or false");
    return value.get<bool>();
}

std::vector<std::string> JsonObjectReader::strings(const char* key) {
    const json& value = array(key);
    std::vector<std::string> result;
    result.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string())
            throw InputError(pathOf(key, i) + ": expected a string");
        result.push_back(value[i].get<std::string>());
    }
    return result;
}

const json& JsonObjectReader::array(const char* key) {
    const json& value = require(key);
    if (!value.is_array())
        fail(key, "expected an array");
    return value;
}

const json& JsonObjectReader::object(const char* key) {
    const json& value = require(key);
    if (!value.is_object())
        fail(key, "expected an object");
    return value;
}

const json* JsonObjectReader::optionalObject(const char* key) {
    if (!has(key))
        return nullptr;
    return &object(key);
}

const json* JsonObjectReader::optionalArray(const char* key) {
    if (!has(key))
        return nullptr;
    return &array(key);
}

void JsonObjectReader::finish() const {
    for (const auto& [key, value] : object_.items()) {
        if (!taken_.contains(key))
            throw InputError(pathOf(key.c_str()) + ": unknown key");
    }
}

namespace {

// Builds the document from the parser's events (nlohmann's SAX interface), refusing nesting deeper than
// kMaxJsonDepth and naming the path of the value at which parsing failed.
class BoundedJsonBuilder {
public:
    explicit BoundedJsonBuilder(const std::string& where)
        : where_(where) {}

    json& result() { return result_; }

    bool null() { return scalar(nullptr); }
    bool boolean(bool value) { return scalar(value); }
    bool number_integer(json::number_integer_t value) { return scalar(value); }
    bool number_unsigned(json::number_unsigned_t value) { return scalar(value); }
    bool number_float(json::number_float_t value, const std::string&) { return scalar(value); }
    bool string(std::string& value) { return scalar(std::move(value)); }
    bool binary(json::binary_t& value) { return scalar(json::binary(std::move(value))); }
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool key(std::string& key) {
        frames_.back().key = std::move(key);
        return true;
    }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t, const std::string& token, const nlohmann::detail::exception& error) {
        if (error.id == kNumberOverflow)
            fail("number " + token + " is out of range");
        // what() is "[json.exception.parse_error.101] parse error at line 3, column 5: ..."; keep the
        // readable part.
        const std::string message = error.what();
        const auto start = message.find("parse error");
        throw InputError(
            where_ + ": malformed JSON: " + (start == std::string::npos ? message : message.substr(start)));
    }

private:
    // nlohmann's out_of_range.406, "number overflow parsing '1e400'".
    static constexpr int kNumberOverflow = 406;
    // A message names at most this many steps of a path (a nesting error would otherwise name 64).
    static constexpr std::size_t kShownPathSteps = 8;

    struct Frame {
        json* container;
        std::string key;       // in an object: the key of the value being read
        std::size_t index = 0; // in an array: the index of the value being read
    };

    [[noreturn]] void fail(const std::string& cause) const {
        std::string path;
        std::size_t shown = 0;
        for (const Frame& frame : frames_) {
            if (++shown > kShownPathSteps) {
                path += "...";
                break;
            }
            if (frame.container->is_array()) {
                path += '[';
                path += std::to_string(frame.index);
                path += ']';
            } else {
                if (!path.empty())
                    path += '.';
                path += frame.key;
            }
        }
        if (!path.empty())
            path += ": ";
        throw InputError(where_ + ": " + path + cause);
    }

    json* add(json value) {
        if (frames_.empty()) {
            result_ = std::move(value);
            return &result_;
        }
        Frame& frame = frames_.back();
        if (frame.container->is_array()) {
            frame.container->push_back(std::move(value));
            return &frame.container->back();
        }
        json& slot = (*frame.container)[frame.key];
        slot = std::move(value);
        return &slot;
    }

    void advance() {
        if (!frames_.empty() && frames_.back().container->is_array())
            ++frames_.back().index;
    }

    bool scalar(json value) {
        add(std::move(value));
        advance();
        return true;
    }

    bool open(json container) {
        if (frames_.size() >= kMaxJsonDepth)
            fail("nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        frames_.push_back({add(std::move(container)), {}});
        return true;
    }

    bool close() {
        frames_.pop_back();
        advance();
        return true;
    }

    const std::string& where_;
    json result_;
    std::vector<Frame> frames_;
};

} // namespace

json parseJsonText(const std::string& text, const std::string& where) {
    BoundedJsonBuilder builder(where);
    json::sax_parse(text, &builder);
    return std::move(builder.result());
}

} // namespace cs
