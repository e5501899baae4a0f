package archfixture.web;

/** A web exception that the application throws. */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

}
