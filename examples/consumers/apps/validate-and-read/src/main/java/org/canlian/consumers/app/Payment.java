package org.canlian.consumers.app;

import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;

/** An application's own JSON type holding canlian's value types. */
public record Payment(ResidentId holder, DivisionCode division, Money amount) {}
