package archfixture.pump;

import org.baclo.units.Milligrams;

/** A pump rule that takes an oral mg dose: what the pump's unit rule forbids. */
public class OralDoseInPump {

    public String refill(Milligrams dailyDose) {
        return dailyDose.toString();
    }

}
