package eu.csar.web.platform.portal;

import eu.csar.shared.domain.MemberState;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** ISO code to {@link MemberState}; needed where a list of them is bound (Faces cannot see a List's element type). */
@FacesConverter("csar.MemberState")
public class MemberStateConverter implements Converter<MemberState> {

    @Override
    public MemberState getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return MemberState.fromCode(value).orElseThrow(() -> new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not a Member State: " + value, null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MemberState value) {
        return value == null ? "" : value.name();
    }
}
