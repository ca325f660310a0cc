package eu.csar.web.victims.portal;

import eu.csar.indicators.api.VictimSubmission;
import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import eu.csar.victims.api.SignInOutcome;
import eu.csar.victims.application.SignIn;
import eu.csar.victims.application.VictimAccess;
import eu.csar.victims.application.VictimSummary;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The victim page (Art 20-21): sign in with the case number and the access code, then send hashes
 * (only what the box shows is sent), read the summary, ask for removal help, withdraw, sign out.
 * The session token {@link VictimAccess} hands out is kept in the HTTP session only (its id changes
 * at sign-in; the session lasts as long as the token); the services check it on every call. The
 * page is a stateless view, so the bean lives for one request: a GET loads the case and summary in
 * its view action, an action loads them after its step; whether the signed-in part is shown (and
 * its forms decoded) depends only on the token being in the HTTP session.
 */
@Named
@RequestScoped
public class VictimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TOKEN = "csar.victim.session";

    @Inject
    VictimAccess access;

    private String caseNumber;
    private String code;
    private String lines;
    private String notice;
    private String problem;
    private Instant until;
    private String signedInCase;
    private VictimSummary summary;

    public void load() {
        String token = token();
        if (token == null) {
            return;
        }
        try {
            signedInCase = access.caseNumber(token);
            summary = access.summary(token);
        } catch (UnknownObjectException ended) {
            endSession();
            problem = "victim.sessionEnded";
        }
    }

    public String signIn() {
        HttpServletRequest request = (HttpServletRequest) external().getRequest();
        SignIn result = access.signIn(caseNumber, code, request.getRemoteAddr());
        code = null;
        if (result.outcome() != SignInOutcome.SIGNED_IN) {
            problem = "victim.signIn." + result.outcome();
            until = result.until();
            return null;
        }
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(TOKEN, result.sessionToken());
        return "index?faces-redirect=true";
    }

    public String send() {
        List<String> chosen = lines == null ? List.of() : Arrays.stream(lines.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        return act(() -> {
            VictimSubmission sent = access.submit(token(), chosen);
            lines = null;
            notice = "victim.sent";
            until = null;
            sentCount = sent.accepted() + sent.linked();
            refusedCount = sent.refused();
        });
    }

    private int sentCount;
    private int refusedCount;

    public String askForHelp() {
        return act(() -> {
            access.requestRemovalHelp(token());
            notice = "victim.helpAsked";
        });
    }

    public String withdraw() {
        return act(() -> {
            withdrawnCount = access.withdraw(token());
            notice = "victim.withdrawn";
        });
    }

    private int withdrawnCount;

    public String signOut() {
        String token = token();
        if (token != null) {
            access.signOut(token);
        }
        endSession();
        return "index?faces-redirect=true";
    }

    private String act(Runnable step) {
        if (token() == null) {
            problem = "victim.sessionEnded";
            signedInCase = null;
            return null;
        }
        try {
            step.run();
            signedInCase = access.caseNumber(token());
            summary = access.summary(token());
        } catch (UnknownObjectException ended) {
            endSession();
            signedInCase = null;
            problem = "victim.sessionEnded";
        } catch (RuleViolationException invalid) {
            problem = "victim.nothingToSend";
        }
        return null;
    }

    private String token() {
        HttpSession session = ((HttpServletRequest) external().getRequest()).getSession(false);
        return session == null ? null : (String) session.getAttribute(TOKEN);
    }

    private void endSession() {
        HttpSession session = ((HttpServletRequest) external().getRequest()).getSession(false);
        if (session != null) {
            session.removeAttribute(TOKEN);
        }
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    /** A session token is held (the services decide whether it is still good). */
    public boolean isSignedIn() {
        return token() != null;
    }

    public String getSignedInCase() {
        return signedInCase;
    }

    public VictimSummary getSummary() {
        return summary;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLines() {
        return lines;
    }

    public void setLines(String lines) {
        this.lines = lines;
    }

    public String getNotice() {
        return notice;
    }

    public String getProblem() {
        return problem;
    }

    public Instant getUntil() {
        return until;
    }

    public int getSentCount() {
        return sentCount;
    }

    public int getRefusedCount() {
        return refusedCount;
    }

    public int getWithdrawnCount() {
        return withdrawnCount;
    }

    /** A day as a survivor reads it, in the page's language and UTC: "20 November 2026", "20 november 2026". */
    public String day(Instant at) {
        if (at == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).withZone(ZoneOffset.UTC).format(at);
    }
}
