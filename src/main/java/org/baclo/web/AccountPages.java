package org.baclo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.baclo.app.InvalidInputException;
import org.baclo.app.NotFoundException;
import org.baclo.security.ApiTokenService;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.PasswordChangeRequiredFilter;
import org.baclo.security.UserAdminService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account: password and personal API tokens. */
@Controller
class AccountPages {

    private final ApiTokenService tokens;

    private final UserAdminService users;

    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    AccountPages(ApiTokenService tokens, UserAdminService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal BacloPrincipal user, Model model) {
        model.addAttribute("tokens", tokens.list(user.id()));
        model.addAttribute("me", user);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "account";
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal BacloPrincipal user, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        String n = name.trim();
        if (n.isEmpty() || n.length() > 100) {
            redirect.addFlashAttribute("errors", Map.of("tokenName", "Name the token (1 to 100 characters)."));
            return "redirect:/account";
        }
        redirect.addFlashAttribute("newToken", tokens.create(user.id(), n).plainText());
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id) {
        if (!tokens.revoke(user.id(), id)) {
            throw new NotFoundException("You have no token " + id + ".");
        }
        return "redirect:/account";
    }

    /**
     * The change-password form alone: where a user whose password an administrator set is
     * sent until they change it (issue 14).
     */
    @GetMapping(PasswordChangeRequiredFilter.CHANGE_PAGE)
    String passwordPage(@AuthenticationPrincipal BacloPrincipal user, Model model) {
        model.addAttribute("me", user);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "account-password";
    }

    @PostMapping(PasswordChangeRequiredFilter.CHANGE_PAGE)
    String password(@AuthenticationPrincipal BacloPrincipal user, @RequestParam String currentPassword,
            @RequestParam String newPassword, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            HttpSession session = request.getSession(false);
            users.changePassword(user.id(), currentPassword, newPassword, session == null ? null : session.getId());
            redirect.addFlashAttribute("message", "Your password was changed.");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
            return user.mustChangePassword() ? "redirect:" + PasswordChangeRequiredFilter.CHANGE_PAGE
                    : "redirect:/account";
        }
        if (user.mustChangePassword()) {
            // the session's principal still carries the flag: replace it, or every page
            // would keep sending the user back here
            Authentication old = SecurityContextHolder.getContext().getAuthentication();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.withPasswordChanged(),
                    null, old.getAuthorities()));
            SecurityContextHolder.setContext(context);
            sessionContexts.saveContext(context, request, response);
            return "redirect:/home";
        }
        return "redirect:/account";
    }

}
