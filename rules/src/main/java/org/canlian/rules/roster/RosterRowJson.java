package org.canlian.rules.roster;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.canlian.core.money.Money;

/**
 * One line of a JSON lines roster as {@link org.canlian.core.json.CanlianJson} reads it: every property optional here
 * (the row's own checks name what is missing), unknown properties refused. Personal numbers are read as text and parsed
 * with the reader's report date.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class RosterRowJson {
    String residentId;
    String certificateNumber;
    String sex;
    String category;
    Integer grade;
    List<Component> components;
    LocalDate validFrom;
    LocalDate validUntil;
    LocalDate cancelledOn;
    String registration;
    String registrationType;
    String household;
    Boolean childSupport;
    Boolean destituteSupport;
    Boolean workInjuryCare;
    Boolean longTermCare;
    Boolean fixedIncome;
    Boolean lowerLimb;
    Boolean ownsVehicle;
    String schooling;
    Map<String, Money> allowances;
    Map<String, LocalDate> applied;
    List<Event> events;

    /** A component of a multiple disability: {@code {"category": "visual", "grade": 1}}. */
    static final class Component {
        final String category;
        final int grade;

        @JsonCreator
        Component(
                @JsonProperty(value = "category", required = true) String category,
                @JsonProperty(value = "grade", required = true) int grade) {
            this.category = category;
            this.grade = grade;
        }
    }

    /** A stopping event: {@code {"reason": "death", "date": "2025-06-03"}}. */
    static final class Event {
        final String reason;
        final LocalDate date;

        @JsonCreator
        Event(
                @JsonProperty(value = "reason", required = true) String reason,
                @JsonProperty(value = "date", required = true) LocalDate date) {
            this.reason = reason;
            this.date = date;
        }
    }
}
