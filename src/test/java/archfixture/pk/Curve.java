package archfixture.pk;

/** Core, used by the planner's cycle below. */
public class Curve {

    public archfixture.regimen.SpringPlanner planner() {
        return null;
    }

}
