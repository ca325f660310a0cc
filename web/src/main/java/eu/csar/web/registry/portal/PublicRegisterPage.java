package eu.csar.web.registry.portal;

import eu.csar.registry.application.PublicRegister;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The public register ({@code /public/register.xhtml}, no login): the points of contact and legal
 * representatives of active providers (Art 23(3), 24(5)), only the fields the service makes public.
 */
@Named
@RequestScoped
public class PublicRegisterPage {

    @Inject
    PublicRegister register;

    private List<PublicRegister.Entry> entries = List.of();

    /** f:viewAction */
    public void load() {
        entries = register.entries();
    }

    public List<PublicRegister.Entry> getEntries() {
        return entries;
    }
}
