package eu.regioacademy.exchanges;

import java.util.Locale;

public enum ExchangeApplicationStatus {
    PENDING, ENDORSED, DECLINED, ALLOCATED, NOT_ALLOCATED, WITHDRAWN;

    public String translationKey() {
        return "exchange.application.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
